// The lights an `expect:` names, held to the model a scenario runs on: a `led` colour only where
// one of the signals the model shows lights it (models/*.ts signals, scoped by
// troubleshoot/signal-scope.ts — white only in the Powerbolt 250's red/white jam, M9), and a
// `status` blink only at the period the model's data pins (timing.statusBlinkPeriodMs: every 6 s,
// product-facts K3; every 5 s on the 909, M16). Such an expectation could never hold, so it is
// refused at its place rather than run to a failure (design/architecture.md, Scenario files).
import { isMap } from 'yaml';
import type { LedColor as SignalColor, ModelProfile } from '../models/profile.ts';
import { applicableSignals } from '../troubleshoot/signal-scope.ts';
import { durationWords } from '../sim/units.ts';
import { parseDuration } from './duration.ts';
import { entries, type Entry, type YValue } from './nodes.ts';
import { failAt, type ModelContext } from './source.ts';
import type { Expectation } from './types.ts';
import { LED_OFF } from './vocabulary.ts';

/** The colours model `p` lights in a flash or a solid light, in the order its signals give them. */
export function ledColoursOf(p: ModelProfile): SignalColor[] {
  const colours = new Set<SignalColor>();
  for (const name of applicableSignals(p)) {
    const s = p.signals[name];
    if (s.count === 0 && !(s.solidMs ?? 0)) continue; // sounds only: no light
    colours.add(s.color);
    if (s.altColor) colours.add(s.altColor);
  }
  return [...colours];
}

/** The periods (ms) at which the model's status light blinks: the one its data pins. */
export function statusPeriodsOf(p: ModelProfile): number[] {
  return [p.timing.statusBlinkPeriodMs];
}

/** The node of option `key` in the mapping `node`, or `node` itself when it is a plain word. */
function optionNode(ctx: ModelContext, node: YValue, key: string, what: string): YValue {
  if (!isMap(node)) return node;
  return entries(ctx, node, what).find((entry) => entry.key === key)?.value ?? node;
}

function checkLed(ctx: ModelContext, entry: Entry, led: NonNullable<Expectation['led']>): void {
  const color = typeof led === 'string' ? led : led.color;
  const shown = ledColoursOf(ctx.model);
  if (color === LED_OFF || (shown as string[]).includes(color)) return;
  failAt(ctx, optionNode(ctx, entry.value, 'color', 'led'), `a ${ctx.model.id} shows no ${color} light (its lights: ${shown.join(', ')}), so led ${color} could never hold`);
}

function checkStatus(ctx: ModelContext, entry: Entry, status: NonNullable<Expectation['status']>): void {
  if (typeof status === 'string') return;
  const everyMs = parseDuration(status.every);
  const periods = statusPeriodsOf(ctx.model);
  if (periods.includes(everyMs)) return;
  const blinks = periods.map(durationWords).join(' or ');
  failAt(ctx, optionNode(ctx, entry.value, 'every', 'status'), `a ${ctx.model.id}'s status light blinks every ${blinks}, so every ${status.every} could never hold`);
}

/** Throw a ScenarioError at the `led` or `status` of the expectation `e` (read from `found`) that model `ctx.model` could never show. */
export function checkExpectLights(ctx: ModelContext, found: readonly Entry[], e: Expectation): void {
  const entryOf = (key: string): Entry => found.find((entry) => entry.key === key)!;
  if (e.led !== undefined) checkLed(ctx, entryOf('led'), e.led);
  if (e.status !== undefined) checkStatus(ctx, entryOf('status'), e.status);
}
