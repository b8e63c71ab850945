// The line beside the drawn Program button where the model gives it no job (src/models/
// program-button-use.ts): the button is drawn, as the lock has it, and a press does nothing —
// said on the page, with where the model's programming and reset are instead (product-facts §5,
// §7 [S5], M11), from the model's data.
import type { ModelProfile } from '../../src/models/profile.ts';
import { programButtonIdle } from '../../src/models/program-button-use.ts';
import { lockKeyName } from '../../src/troubleshoot/procedure-kit.ts';

/** What the Program button is on this model, or null where it has a job. */
export function programButtonNote(model: ModelProfile): string | null {
  if (!programButtonIdle(model)) return null;
  return `The Program button does nothing on the ${model.name}: programming opens at the keypad (the ${model.adminCodeName}, then ${lockKeyName(model)}) and the reset is the Reset button.`;
}
