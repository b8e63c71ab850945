// "What does your lock or its box say?": the model found from the words an owner can read on it —
// the part number molded on the interior escutcheon or the model number on the box (seed S13) —
// or a look put in words ("touch screen"), through the same identify() as `lockstep identify`,
// folded under "Not sure which?" until opened:
// the matches best first, each a button that puts that model on the page, with why it matched in
// the CLI's words (match-reason.ts: which words matched which identifier), and where nothing
// matches, or the number is none of ours, that said, with where to look. A look described that
// no model has, or every model has, is said in the CLI's words (described-notes.ts), as is what
// was printed after the model number and not read (model-number-suffixes.ts). Under the matches,
// the models ruled out by the look described, each with what it contradicts, as the CLI lists them.

import { identifyWithRuledOut, matchesWhole, modelNumbersIn } from '../../src/models/identify.ts';
import { describedNotes } from '../../src/models/described-notes.ts';
import { suffixNotes } from '../../src/models/model-number-suffixes.ts';
import { modelNumberCorrectionNotes } from '../../src/models/model-number-corrections.ts';
import { ruledOutLines } from '../../src/models/ruled-out-lines.ts';
import { matchReason } from '../../src/models/match-reason.ts';
import { el } from './dom.ts';

/** Where the owner finds the number, said where nothing matched. */
const WHERE_TO_LOOK = 'Look for the part number molded on the inside of the lock (the interior escutcheon) or on the box, or pick by the descriptions.';

export interface Found {
  id: string;
  /** The button's words: the model's name and how sure the match is. */
  text: string;
  /** Why it matched, as `lockstep identify` says it: `the word "smartcode" matched "SmartCode 913"`. */
  reason: string;
  distinguish: string;
}

/** What the page says for `text`: the note shown above the matches, the models it fits, best
 * first, and the lines naming the models ruled out by the look described (ruled-out-lines.ts). */
export function findModels(text: string): { note: string; found: Found[]; ruledOut: string[] } {
  const typed = text.trim();
  if (typed === '') return { note: 'Type what is printed on the lock or its box, such as 916 or 92640-001.', found: [], ruledOut: [] };
  const { found: fits, ruledOut: apart } = identifyWithRuledOut(typed);
  const numbers = modelNumbersIn(typed);
  const numberUnknown = numbers.length > 0 && ![...fits, ...apart].some(matchesWhole);
  const top = fits.length ? fits[0].score : 0;
  const found = fits.map((f) => ({ id: f.model.id, text: `${f.model.name} — ${f.score === top && !numberUnknown ? 'best match' : 'possible'}`, reason: matchReason(f), distinguish: f.model.distinguish }));
  const said = [...modelNumberCorrectionNotes(typed), ...describedNotes(typed, (m) => m.name), ...suffixNotes(typed)];
  const outcome =
    fits.length === 0
      ? `No model matches “${typed}”. ${WHERE_TO_LOOK}`
      : numberUnknown
        ? `No model is numbered ${numbers.map((n) => `“${n}”`).join(' or ')}. ${WHERE_TO_LOOK} What else you typed fits these:`
        : `${found.length} ${found.length === 1 ? 'model matches' : 'models match'}: pick yours.`;
  const ruledOut = ruledOutLines(apart, (m) => m.name, fits);
  return { note: [...said, outcome].join(' '), found, ruledOut };
}

/** The finder, folded under one line until opened (the lock stays high on a phone): a text box,
 * Find, the note and the matches, each picking its model. */
export function buildModelFinder(onPick: (id: string) => void): HTMLElement {
  const fold = el('details', { class: 'model-finder', id: 'model-finder' });
  fold.append(el('summary', {}, 'Not sure which? Find it from what the lock or its box says'));
  const form = el('form', { role: 'search', 'aria-label': 'Find your model' });
  const label = el('label', { for: 'model-find' }, 'What does your lock or its box say? ');
  const input = el('input', { type: 'text', id: 'model-find', autocomplete: 'off', placeholder: 'e.g. 916, 92640-001, touch screen' });
  const go = el('button', { type: 'submit', id: 'model-find-go' }, 'Find');
  const note = el('p', { id: 'model-found-note', 'aria-live': 'polite' });
  const list = el('ul', { id: 'model-found', 'aria-label': 'Models that match' });
  const apart = el('ul', { id: 'model-ruled-out', 'aria-label': 'Models ruled out by what you described' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const { note: said, found, ruledOut } = findModels(input.value);
    note.textContent = said;
    list.replaceChildren(
      ...found.map((f) => {
        const li = el('li');
        const pick = el('button', { type: 'button' }, f.text);
        pick.addEventListener('click', () => onPick(f.id));
        li.append(pick, el('small', { class: 'model-found-why' }, `Why: ${f.reason}`), el('small', {}, f.distinguish));
        return li;
      }),
    );
    apart.replaceChildren(...ruledOut.map((line) => el('li', {}, line)));
  });
  label.append(input);
  form.append(label, go, note, list, apart);
  fold.append(form);
  return fold;
}
