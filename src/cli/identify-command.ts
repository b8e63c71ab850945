// `lockstep identify TEXT`: which profile(s) match what is printed on the lock or its box
// (seed S13), and what to check to tell look-alikes apart; after them, the models the text would
// fit but whose look contradicts what was described, each with what it contradicts. Each match
// says why it matched: which words of the text matched which identifier, and what of the look
// described it has (match-reason.ts). `--json`
// prints the matches as one array, and the notes the text prints beside them on standard error.

import pc from 'picocolors';
import { identifyWithRuledOut, matchesWhole, modelNumbersIn, type Identification } from '../models/identify.ts';
import { describedNotes } from '../models/described-notes.ts';
import { suffixNotes } from '../models/model-number-suffixes.ts';
import { modelNumberCorrectionNotes } from '../models/model-number-corrections.ts';
import { ruledOutLines } from '../models/ruled-out-lines.ts';
import { matchReason } from '../models/match-reason.ts';
import { quoted } from '../printable.ts';
import { EXIT_BAD_INPUT } from './exit-codes.ts';

export const EXIT_NO_MATCH = 1;

export function identifyCommand(text: string, json: boolean, out: (line: string) => void = console.log, err: (line: string) => void = console.error): number {
  if (text.trim() === '') {
    err(pc.red('error: say what is printed on the lock or its box, e.g. lockstep identify "92640-001" or lockstep identify "SmartCode 913"'));
    return EXIT_BAD_INPUT;
  }
  const { found, ruledOut } = identifyWithRuledOut(text);
  // "SmartCode 888": the family word fits several models, but the number, which would tell
  // them apart, is none of ours — so nothing was identified, only guessed at. A number of a
  // model ruled out ("914 touchscreen") is ours.
  const numbers = modelNumbersIn(text);
  const numberUnknown = numbers.length > 0 && ![...found, ...ruledOut].some(matchesWhole);
  const status = found.length && !numberUnknown ? 0 : EXIT_NO_MATCH;
  const top = found.length ? found[0].score : 0;
  const isBest = (f: Identification) => f.score === top && !numberUnknown;
  const notes = [
    ...(numberUnknown && found.length ? [pc.yellow(`No model is numbered ${numbers.map(quoted).join(' or ')}.`) + ' The rest of what you typed fits the models below; check the number on the interior escutcheon or the box, or pick by the descriptions.'] : []),
    ...[...modelNumberCorrectionNotes(text), ...describedNotes(text), ...suffixNotes(text)].map((note) => pc.yellow(note)),
  ];
  if (json) {
    // As the text says it: `strength` "best" or "possible", `words`, where the match rests on
    // words the text shares with `matched` (the identifier), those words as typed, and `reason`,
    // the words the text gives in brackets for why the model matched (match-reason.ts). The array holds
    // the matches alone; the notes and the models ruled out, which it has no place for, go to
    // standard error as the text prints them.
    const entries = found.map((f) => ({
      id: f.model.id,
      name: f.model.name,
      score: f.score,
      strength: isBest(f) ? 'best' : 'possible',
      ...(f.matched !== undefined ? { matched: f.matched } : {}),
      ...(f.words ? { words: f.words } : {}),
      ...(f.described ? { described: f.described } : {}),
      reason: matchReason(f),
      distinguish: f.model.distinguish,
    }));
    for (const line of [...notes, ...ruledOutLines(ruledOut, (m) => m.id, found)]) err(line);
    out(JSON.stringify(entries));
    return status;
  }
  for (const note of notes) out(note);
  if (found.length === 0) {
    out(pc.yellow(`No model matches ${quoted(text)}.`) + ' Look for the part number molded on the interior escutcheon, or the model number on the box; `lockstep models` lists what lockstep knows.');
  }
  for (const f of found) {
    const strength = isBest(f) ? pc.green('best match') : pc.dim('possible');
    out(`${pc.bold(f.model.id.padEnd(20))} ${f.model.name}  ${strength} ${pc.dim(`(${matchReason(f)})`)}`);
    out(`${' '.repeat(21)}${f.model.distinguish}`);
  }
  if (!numberUnknown && found.filter((f) => f.score === top).length > 1) out(pc.yellow('Several models match equally: the lines above say what to check to tell them apart.'));
  for (const line of ruledOutLines(ruledOut, (m) => m.id, found)) out(pc.dim(line));
  return status;
}
