// An action from outside the program's own code — parsed JSON from a test harness, a UI, another
// process — checked whole before a twin is given it: `twin.apply` itself looks only at the fields
// an action is done by (action-shape.ts; it is the hot path of every run and search), so a field
// no action has, or a time not in whole ms, is refused here first, naming the field.
// The same shapes as the trace's `input` entries (trace-check.ts), plus `wait` with whole ms and
// `type-shown` (the digits a 915/916's SecureScreen shows, product-facts M5, M7 — an Action the
// trace records as the `type` of those digits, so no `input` entry has its shape).

import { z } from 'zod';
import type { Action } from './twin.ts';
import { ACTION } from './trace-check.ts';
import { fieldName } from './snapshot-check.ts';
import { ActionError } from './action-error.ts';

export { ActionError };

const WAIT = z.strictObject({ do: z.literal('wait'), ms: z.number().int().min(0) });
const TYPE_SHOWN = z.strictObject({ do: z.literal('type-shown') });
const ANY_ACTION = z.discriminatedUnion('do', [WAIT, TYPE_SHOWN, ...ACTION.options]) satisfies z.ZodType<Action>;

/** `value` as an Action a twin can apply; an ActionError naming the field otherwise. `name` is
 * what the caller calls it in the message. */
export function checkAction(value: unknown, name = 'action'): Action {
  const parsed = ANY_ACTION.safeParse(value);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new ActionError(`${fieldName([name, ...issue!.path])}: ${issue!.message}`);
}
