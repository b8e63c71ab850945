// Words of one `expect:` that contradict each other, so that the checkpoint could never hold on
// any model: an event both expected and ruled out (`event: locked, noEvent: locked`), no beep
// heard beside a number of beeps (`beep: false, beeps: 2`) or a beep heard beside none
// (`beep: true, beeps: 0`), a `why` the events named beside it never give (`event: lockout,
// why: released-early`), or an event both required by `ifEvent` and ruled out by `noEvent`; and
// an `ifEvent` with no other word, which would hold whatever happened. Each is refused at the
// later of the two words, as the file reads (a `why` at the why), rather than run to a failure no
// lock could avoid (design/architecture.md, Scenario files; the README: an `expect:` that could
// never hold is refused at its place).
import { isScalar, isSeq } from 'yaml';
import { quoted } from '../printable.ts';
import type { Entry, YValue } from './nodes.ts';
import { failAt, type SourceContext } from './source.ts';
import type { Expectation } from './types.ts';
import { EVENT_WHYS, isWhyOf } from '../firmware/event-why.ts';

/** The event types an `event:` or `noEvent:` value names, each with its node. */
function eventNodes(entry: Entry): Array<{ type: string; node: YValue }> {
  const items = isSeq(entry.value) ? (entry.value.items as YValue[]) : [entry.value];
  return items.map((node) => ({ type: isScalar(node) ? String(node.value) : '', node }));
}

/** The later of two entries in the file. */
function later(a: Entry, b: Entry): Entry {
  return (a.keyNode.range?.[0] ?? 0) > (b.keyNode.range?.[0] ?? 0) ? a : b;
}

function checkEvents(ctx: SourceContext, byKey: Map<string, Entry>): void {
  const wanted = byKey.get('event');
  const unwanted = byKey.get('noEvent');
  if (!wanted || !unwanted) return;
  const second = later(wanted, unwanted);
  const firstTypes = new Set(eventNodes(second === wanted ? unwanted : wanted).map((e) => e.type));
  const clash = eventNodes(second).find((e) => firstTypes.has(e.type));
  if (clash) failAt(ctx, clash.node, `${quoted(clash.type)} is both expected (event) and ruled out (noEvent): they cannot both hold`);
}

function checkBeeps(ctx: SourceContext, byKey: Map<string, Entry>, e: Expectation): void {
  const beep = byKey.get('beep');
  const beeps = byKey.get('beeps');
  if (!beep || !beeps || e.beep === undefined || e.beeps === undefined) return;
  if (e.beep === e.beeps > 0) return;
  const at = later(beep, beeps);
  const heard = e.beep ? 'a beep heard' : 'no beep heard';
  failAt(ctx, at.value, `beep: ${e.beep} (${heard}) and beeps: ${e.beeps} cannot both hold: give one of them`);
}

/** A `why` only an event named beside it could give: `event: lockout, why: released-early` names
 * an id no lockout gives (firmware/event-why.ts), so the pair could never hold. */
function checkWhy(ctx: SourceContext, byKey: Map<string, Entry>, e: Expectation): void {
  const why = byKey.get('why');
  if (!why || e.why === undefined || e.event === undefined) return;
  const types = typeof e.event === 'string' ? [e.event] : e.event;
  if (types.some((type) => isWhyOf(type, e.why!))) return;
  const named = types.map(quoted).join(' or ');
  const whys = [...new Set(types.flatMap((type) => whysOf(type)))];
  if (whys.length === 0) failAt(ctx, why.value, `no ${named} event gives a why, so why: ${e.why} could never hold`);
  failAt(ctx, why.value, `no ${named} event gives why ${quoted(e.why)} (${types.length === 1 ? 'its' : 'their'} whys: ${whys.join(', ')}), so the expectation could never hold`);
}

/** The ids an event of `type` gives as its why (none for an event that gives none). */
function whysOf(type: string): readonly string[] {
  return (EVENT_WHYS as Partial<Record<string, readonly string[]>>)[type] ?? [];
}

/** `ifEvent` makes the other words conditional, so it needs one (alone it would hold whatever
 * happened), and an event it requires cannot also be ruled out (`ifEvent: factory-reset, noEvent:
 * factory-reset` would fail whenever it is judged at all). */
function checkIfEvent(ctx: SourceContext, byKey: Map<string, Entry>): void {
  const premise = byKey.get('ifEvent');
  if (!premise) return;
  if (byKey.size === 1) failAt(ctx, premise.keyNode, 'ifEvent alone holds whatever happened: give the words it makes conditional beside it');
  const unwanted = byKey.get('noEvent');
  if (!unwanted) return;
  const second = later(premise, unwanted);
  const firstTypes = new Set(eventNodes(second === premise ? unwanted : premise).map((e) => e.type));
  const clash = eventNodes(second).find((e) => firstTypes.has(e.type));
  if (clash) failAt(ctx, clash.node, `${quoted(clash.type)} is both required (ifEvent) and ruled out (noEvent): judged, they could never hold`);
}

/** Throw a ScenarioError at the first word of the expectation `e` (read from `found`) that contradicts another. */
export function checkExpectCoherent(ctx: SourceContext, found: readonly Entry[], e: Expectation): void {
  const byKey = new Map(found.map((entry) => [entry.key, entry]));
  checkEvents(ctx, byKey);
  checkIfEvent(ctx, byKey);
  checkBeeps(ctx, byKey, e);
  checkWhy(ctx, byKey, e);
}
