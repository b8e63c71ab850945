// Key names held to the model a scenario runs on: `reset` only where the model has a Reset button
// (design/architecture.md, Scenario files: "`reset` where a model has one"; the Powerbolt 264 and
// Powerbolt 2 families, product-facts M11). Elsewhere the factory reset is a hold of Program, and a
// `reset` step would press nothing at all.
import { MODELS } from '../models/index.ts';
import { hasResetButton } from '../models/reset-button.ts';
import type { YValue } from './nodes.ts';
import { failAt, type ModelContext } from './source.ts';
import type { KeyName } from './types.ts';
import { readKeyName } from './values.ts';

const RESET_KEY = 'reset' satisfies KeyName;

/** The models with a Reset button, as an error names them. */
const RESET_BUTTON_MODELS = MODELS.filter(hasResetButton)
  .map((p) => p.id)
  .join(', ');

/** A key name (values.ts readKeyName) the model has: `reset` refused at its place where it has no Reset button. */
export function readModelKey(ctx: ModelContext, node: YValue): KeyName {
  const key = readKeyName(ctx, node);
  if (key === RESET_KEY && !hasResetButton(ctx.model)) {
    return failAt(ctx, node, `a ${ctx.model.id} has no Reset button (its factory reset is a hold of program; the models with one: ${RESET_BUTTON_MODELS})`);
  }
  return key;
}
