// How well a model fact is sourced, read from its `sources` entry (design/architecture.md
// "models/": each fact tagged `seed S8`, `product-facts K1` or `assumed: …`): the README's model
// table grades every cell by it, and the decoder asks whether a model's own documentation gives a
// fact or the profile only assumes it.

/** A source that opens with its grade ("assumed: …", "unverified: …", "inferred: …") has that
 * grade whatever references it goes on to name: "unverified: product-facts S5, M11" rests on S5. */
const STATED_GRADES = ['assumed', 'unverified', 'inferred'] as const;

/** The grade of a source text: seed, documented (Kwikset pages and guides), Z-Wave db, unverified, assumed. */
export function grade(source: string): string {
  const stated = STATED_GRADES.find((g) => source.startsWith(g));
  if (stated) return stated;
  if (/\bseed\b/.test(source)) return 'seed';
  if (/\b[KM]\d/.test(source)) return 'documented';
  if (/\bG\d/.test(source)) return 'Z-Wave db';
  if (/\bS\d|unverified/.test(source)) return 'unverified';
  return 'inferred';
}
