// What `identify` says of a look put in words that tells no model apart (seed S13): one no model
// has ("No model lockstep knows has Wi-Fi."), or one every model has ("Every model lockstep knows
// has a Program button."). `lockstep identify` and the page's model finder say the same lines.
import type { ModelProfile } from './profile.ts';
import { MODELS } from './index.ts';
import { describedByAll, describedByNone } from './identify.ts';

export function describedNotes(text: string, models: readonly ModelProfile[] = MODELS): string[] {
  return [
    ...describedByNone(text, models).map((what) => `No model lockstep knows has ${what}.`),
    ...describedByAll(text, models).map((what) => `Every model lockstep knows has ${what}.`),
  ];
}
