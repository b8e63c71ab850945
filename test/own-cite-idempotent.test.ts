// ownCite routes a citation once: run over its own output it leaves the text as it is. A seed
// claim about another model already named as that model's ("seed S12, of the SmartCode /
// Contemporary 275") stays so, and is not taken out a second time leaving "seed of the …".
// Walked for every model over every citation it routes: each model's sources (as sourceCite
// groups them), each procedure step's raw citation, and every citation decode and doctor print,
// on every model — one model's citation text routed for another as well.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { ownCite } from '../src/troubleshoot/own-cite.ts';
import { sourceCite } from '../src/troubleshoot/procedure-kit.ts';
import { SEED_CLAIM_MODELS } from '../src/models/seed-claim-models.ts';
import { printedCites, rawAndPrinted } from './cite-walks.ts';
import { modelOf } from './model-of.ts';

/** Every citation text routed for some model: the seed's one-model claims alone, each model's
 * sources, its procedures' raw step citations, and what decode and doctor print. */
function everyCite(): string[] {
  const out = new Set<string>(Object.keys(SEED_CLAIM_MODELS).map((claim) => `seed ${claim}`));
  for (const m of MODELS) {
    for (const key of Object.keys(m.sources)) out.add(sourceCite(m, key));
    for (const [, raw, printed] of rawAndPrinted(m)) out.add(raw).add(printed);
    for (const [, cite] of printedCites(m)) out.add(cite);
  }
  return [...out];
}

describe('a citation routed twice reads as routed once', () => {
  it('"seed S12, of the SmartCode / Contemporary 275" on a 913 stays as it is', () => {
    const once = ownCite(modelOf('smartcode-913'), 'seed S12');
    expect(once).toBe('seed S12, of the SmartCode / Contemporary 275');
    expect(ownCite(modelOf('smartcode-913'), once)).toBe(once);
  });

  it('a claim named as another model\'s beside the model\'s own sources keeps its words', () => {
    const cite = 'seed S14, of the Powerbolt 264 — SKU 92640-001; product-facts K1';
    expect(ownCite(modelOf('smartcode-913'), cite)).toBe(cite);
  });

  const cites = everyCite();
  it.each(MODELS.map((m) => [m.id, m] as const))('%s, over every citation routed', (_id, m) => {
    const changed = cites.flatMap((cite) => {
      const once = ownCite(m, cite);
      const twice = ownCite(m, once);
      return twice === once ? [] : [`"${cite}" → "${once}" → "${twice}"`];
    });
    expect(changed).toEqual([]);
  });
});
