// Why `identify` lists a model (seed S13), in a few words, for `lockstep identify` (its line and
// `--json`'s `reason`) and the page's model finder alike: which words of the text matched which of
// the model's identifiers — `matched "92640-001"` where the whole text is that identifier, else `the
// words "smartcode", "913" matched "SmartCode 913"`, `the word "smartcode" matched "SmartCode
// 275"` — and what the text describes of the look that the model has (`described: Z-Wave, 5
// buttons`). Of identifiers that fit equally, identify.ts picks one printed on the lock or its box
// over lockstep's own id.
import { EXACT_SCORE, namedScore, type Identification } from './identify.ts';
import { normalise } from './plain-words.ts';
import { quoted } from '../printable.ts';

export function matchReason(found: Identification): string {
  const { matched, said, described } = found;
  const parts: string[] = [];
  if (matched !== undefined && said?.length) {
    const typedAsIs = namedScore(found) >= EXACT_SCORE && said.join(' ') === normalise(matched);
    parts.push(typedAsIs ? `matched ${quoted(matched)}` : `${said.length === 1 ? 'the word' : 'the words'} ${said.map(quoted).join(', ')} matched ${quoted(matched)}`);
  }
  if (described?.length) parts.push(`described: ${described.join(', ')}`);
  return parts.join('; ');
}
