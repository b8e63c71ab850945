// A procedure a plan leaves out (plan.ts LeftOut), in the words a person reads: its title, as the
// plan's steps are headed, and why — never its internal id. The doctor's report, its terminal
// print and the page's Assistant all say it this way.

import type { LeftOut } from './plan.ts';

/** Among the plan's notes: "Set your own Mastercode — skipped: this model has no Mastercode: …". */
export function leftOutLine(u: Pick<LeftOut, 'title' | 'why'>): string {
  return `${u.title} — skipped: ${u.why}.`;
}

/** Where the fix a cause calls for is the one left out: "“Add a user code” cannot be done on the SmartCode 913: …". */
export function cannotLine(u: Pick<LeftOut, 'title' | 'why'>, modelName: string): string {
  return `“${u.title}” cannot be done on the ${modelName}: ${u.why}.`;
}
