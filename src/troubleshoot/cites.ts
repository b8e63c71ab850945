// One reference line from several: "seed S15, S17" and "seed S16; product-facts M9" read as
// "seed S15, S16, S17; product-facts M9" — each source once, each item once, in first-seen order.

/** Joins references such as "seed S15, S17" and "seed S16; product-facts M9" into one, without repeats. */
export function joinCites(...refs: string[]): string {
  const groups = new Map<string, string[]>();
  for (const part of refs.join('; ').split(';')) {
    const [source, ...rest] = part.trim().split(' ');
    if (!source) continue;
    const items = groups.get(source) ?? [];
    for (const item of rest.join(' ').split(',').map((x) => x.trim()).filter(Boolean)) if (!items.includes(item)) items.push(item);
    groups.set(source, items);
  }
  return [...groups].map(([source, items]) => `${source} ${items.join(', ')}`).join('; ');
}
