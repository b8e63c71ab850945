// The checks a printed citation must pass on model m, shared by the tests that walk what the
// troubleshooter prints (own-cites.test.ts), practice-reset's words and the Assistant's texts: no
// other model's product-facts reference printed as this model's own (profile `documentedBy`, §8
// for every model), no seed claim about another model (models/seed-claim-models.ts) printed
// without saying whose, and no reference named twice — in a citation line, or in brackets inside prose.
import { MODELS } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { CROSS_MODEL_REFS } from '../src/troubleshoot/own-cite.ts';
import { SEED_CLAIM_MODELS } from '../src/models/seed-claim-models.ts';

/** The references each model may print as its own: derived from the model data. */
export const OWN: ReadonlyMap<string, ReadonlySet<string>> = new Map(MODELS.map((m) => [m.id, new Set([...m.documentedBy, ...CROSS_MODEL_REFS])]));

const REF = /K-mirror|S-greenyplace|§\d+|\b[KMGS]\d+\b/g;

/** The product-facts references a citation prints as the model's own that are not: every clause
 * (up to a semicolon) not marked borrowed ("assumed…", "inferred…"), its references after
 * "product-facts" (a clause's "seed" ones are the seed's claims). */
export function borrowedPrintedAsOwn(m: ModelProfile, cite: string): string[] {
  const own = OWN.get(m.id) ?? new Set<string>();
  const out: string[] = [];
  for (const clause of cite.split(';').map((c) => c.trim())) {
    if (/^(assumed|inferred)\b/.test(clause)) continue;
    for (const part of clause.split(/\b(?=seed\b|product-facts\b)/)) {
      if (part.startsWith('seed')) continue;
      for (const ref of part.match(REF) ?? []) if (!own.has(ref)) out.push(ref);
    }
  }
  return out;
}

/** The seed claims about another model a citation prints as if about this one: in a "seed"
 * clause, a claim SEED_CLAIM_MODELS gives to other models, without "of the …" saying whose. */
export function otherModelsSeedAsOwn(m: ModelProfile, cite: string): string[] {
  const out: string[] = [];
  for (const clause of cite.split(';').map((c) => c.trim())) {
    for (const part of clause.split(/\b(?=seed\b|product-facts\b)/)) {
      if (!part.startsWith('seed') || /\bof the\b/.test(part)) continue;
      for (const claim of part.match(/\bS\d+\b/g) ?? []) {
        const models = SEED_CLAIM_MODELS[claim];
        if (models && !models.includes(m.id)) out.push(claim);
      }
    }
  }
  return out;
}

/** The references a citation prints both as the model's own and as borrowed: a reference named
 * in a clause marked "assumed…" or "inferred…" and again in one that is not ("product-facts K1;
 * assumed from product-facts K1"). Each is keyed by its group, for "seed S4" (a seed claim) and
 * "product-facts S4" (a third-party page) are different references. */
export function ownAndBorrowed(cite: string): string[] {
  const own = new Set<string>();
  const borrowed = new Set<string>();
  for (const clause of cite.split(';').map((c) => c.trim())) {
    const marked = /^(assumed|inferred)\b/.test(clause);
    for (const part of clause.split(/\b(?=seed\b|product-facts\b)/)) {
      const group = part.startsWith('seed') ? 'seed' : 'product-facts';
      for (const ref of part.match(REF) ?? []) (marked ? borrowed : own).add(`${group} ${ref}`);
    }
  }
  return [...own].filter((r) => borrowed.has(r));
}

/** The references a citation names more than once: "unverified seed S11; seed S11" names seed
 * S11 twice, each time under its own words. Each is keyed by its group, for "seed S4" (a seed
 * claim) and "product-facts S4" (a third-party page) are different references. */
export function repeatedRefs(cite: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const clause of cite.split(';').map((c) => c.trim())) {
    for (const part of clause.split(/\b(?=seed\b|product-facts\b)/)) {
      const group = part.startsWith('seed') ? 'seed' : 'product-facts';
      for (const ref of part.match(REF) ?? []) {
        const key = `${group} ${ref}`;
        if (seen.has(key) && !out.includes(key)) out.push(key);
        seen.add(key);
      }
    }
  }
  return out;
}

/** The citations written inside prose, in brackets: "… plug it back in (product-facts M5, M6).",
 * "(seed S25; assumed from product-facts M4)". A bracket that names neither is no citation. */
export function citesInProse(text: string): string[] {
  return [...text.matchAll(/\(([^()]*\b(?:seed|product-facts)\b[^()]*)\)/g)].map((x) => x[1]);
}

/** What a citation in prose gets wrong on model m: another model's source as its own, or another
 * model's seed claim without saying whose. */
export function wrongInProse(m: ModelProfile, text: string): string[] {
  return citesInProse(text).flatMap((cite) => [...borrowedPrintedAsOwn(m, cite), ...otherModelsSeedAsOwn(m, cite)].map((r) => `${r} in "(${cite})"`));
}
