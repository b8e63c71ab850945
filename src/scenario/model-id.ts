// A scenario's `model:` is always a model's id (README, Scenario files: the file names one model
// for good, whatever is printed on it). Written as what is printed on the lock or its box
// (`model: SmartCode 913`, `model: 913`), it is still refused, but the error names the id that
// text stands for, found as `--model` finds it (models/model-named.ts; seed S13), or the ids it
// fits when it fits several (`264`: the 264 and its 92640-001 SKU).
import { modelNamed } from '../models/model-named.ts';
import { quoted } from '../printable.ts';

/** The id(s) a `model:` that is no id was meant to be, as a message; undefined when it names none. */
export function modelIdSuggestion(written: string): string | undefined {
  const named = modelNamed(written);
  const notAnId = `${quoted(written)} is not a model's id (a scenario's model: is always the id)`;
  if (named.model) return `${notAnId}: did you mean ${named.model.id}?`;
  if (named.candidates.length > 1) return `${notAnId}: it fits ${named.candidates.length} models — did you mean ${named.candidates.map((m) => m.id).join(' or ')}?`;
  return undefined;
}
