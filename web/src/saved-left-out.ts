// A walk kept across a reload names each procedure its plan leaves out by its title (plan.ts
// LeftOut: id, title, why). A walk the page saved before the title was kept has only the id and
// why, and its summary would say "“undefined” cannot be done". Taken up again, such a save gets
// each title back from its id — the title the plan gives that procedure on the model — so nothing
// of it is lost; a left-out procedure the troubleshooter does not know makes the save unreadable,
// as any other damage does (assistant-panel.ts resume says so and starts afresh).

import type { Twin } from '../../src/twin/twin.ts';
import { PROCEDURES, buildProcedure } from '../../src/troubleshoot/procedures.ts';
import type { DoctorProcedureId } from '../../src/troubleshoot/procedure-kit.ts';
import { factsFromTwin } from '../../src/troubleshoot/doctor.ts';
import type { SavedGuide } from './assistant-plans.ts';
import type { SavedWalk } from './assistant-walk.ts';

type LeftOut = SavedWalk['unavailable'][number];

/** The title the plan gives procedure `id` on the twin's model. */
function titleOf(id: string, twin: Twin): string {
  if (!Object.hasOwn(PROCEDURES, id)) throw new Error(`a procedure left out is unknown: "${id}"`);
  return buildProcedure(id as DoctorProcedureId, twin.model, factsFromTwin(twin)).procedure.title;
}

/** Each left-out procedure with its title: the one saved, or the plan's for its id. */
function titled(unavailable: readonly LeftOut[], twin: Twin): LeftOut[] {
  return unavailable.map((u) => (typeof u.title === 'string' ? u : { ...u, title: titleOf(u.id, twin) }));
}

/** A kept walk and its guide, every left-out procedure in them titled (saved on the twin's model). */
export function titledSave<T extends { guide: SavedGuide; walk: SavedWalk }>(saved: T, twin: Twin): T {
  return {
    ...saved,
    guide: { ...saved.guide, plan: { ...saved.guide.plan, unavailable: titled(saved.guide.plan.unavailable, twin) } },
    walk: { ...saved.walk, unavailable: titled(saved.walk.unavailable, twin) },
  };
}
