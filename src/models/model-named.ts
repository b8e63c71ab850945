// A model named the way a person names it on the command line: by its id ("smartcode-913"), or by
// what is printed on the lock or its box when that picks out one model ("913", "SmartCode 913",
// "92640-001") — seed S13, the part number as the way to know which lock you have.

import type { ModelProfile } from './profile.ts';
import { findModel, unknownModelMessage } from './index.ts';
import { EXACT_SCORE, identifyWithRuledOut, namedScore } from './identify.ts';
import { quoted } from '../printable.ts';

/** The one model named, or why there is none with the models the text fits equally (none, or several). */
export type ModelNaming = { model: ModelProfile; problem?: undefined } | { model?: undefined; problem: string; candidates: ModelProfile[] };

/** The one model `text` names exactly — an id, a name or an identifier, case and punctuation
 * aside — or why there is none: it names no model, or several equally ("264" is the 264 and its
 * 92640-001 SKU). A loose likeness ("Powerbolt") is never taken for a choice, nor a look described
 * ("Z-Wave five buttons"): only what the text names counts. */
export function modelNamed(text: string): ModelNaming {
  const byId = findModel(text) ?? findModel(text.trim().toLowerCase());
  if (byId) return { model: byId };
  // A model the text names exactly is named, whatever else the text describes of it.
  const { found, ruledOut } = identifyWithRuledOut(text);
  const exact = [...found, ...ruledOut].filter((f) => namedScore(f) >= EXACT_SCORE);
  if (exact.length === 1) return { model: exact[0].model };
  if (exact.length > 1) {
    const candidates = exact.map((f) => f.model);
    return { problem: `${quoted(text)} fits ${exact.length} models: ${candidates.map((m) => m.id).join(', ')}; give one of those ids`, candidates };
  }
  return { problem: `${unknownModelMessage(text)}; \`lockstep identify TEXT\` finds yours`, candidates: [] };
}

/** The model a command's `--model` option names, as modelNamed; its problem names the option
 * (`--model: unknown model "999" …`), as every command says it. */
export function modelOption(text: string): ModelNaming {
  const named = modelNamed(text);
  return named.problem === undefined ? named : { ...named, problem: `--model: ${named.problem}` };
}
