// One reference line from several: "seed S15, S17" and "seed S16; product-facts M9" read as
// "seed S15, S16, S17; product-facts M9" — each source once, each item once, in first-seen order.
// A source is all the words before its first reference ("seed", "assumed from product-facts",
// "assumed from seed"), so the seed's claims and borrowed product facts are never run together.

import { REF } from './own-cite.ts';

/** The first reference of a clause: where its source's words end and its items begin. */
const FIRST_REF = new RegExp(REF);

/** Joins references such as "seed S15, S17" and "seed S16; product-facts M9" into one, without repeats. */
export function joinCites(...refs: string[]): string {
  const groups = new Map<string, string[]>();
  for (const part of refs.join('; ').split(';')) {
    const clause = part.trim();
    if (!clause) continue;
    const at = FIRST_REF.exec(clause)?.index ?? clause.length;
    const source = clause.slice(0, at).trim();
    const items = groups.get(source) ?? [];
    for (const item of clause.slice(at).split(',').map((x) => x.trim()).filter(Boolean)) if (!items.includes(item)) items.push(item);
    groups.set(source, items);
  }
  return [...groups].map(([source, items]) => [source, items.join(', ')].filter(Boolean).join(' ')).join('; ');
}
