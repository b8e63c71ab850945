// A citation as the troubleshooter prints it for one model: a product-facts reference that
// documents the model or its family (profile `documentedBy`, as product-facts groups them) stands
// as its own; any other is taken from another model's guide, and is cited as borrowed, the way a
// profile's assumed fact is ("assumed from product-facts M4": the 264's lockout, the 909's table;
// the Powerbolts' status blink, the SmartCode page K3). A step every model shares names each
// model's own source for it as alternatives, "K1|K4|M9" (the factory reset: the SmartCode page,
// the 955's, the 250's guide): a model prints those of them that document it, and only where none
// does, all of them as borrowed. Seed claims are the twin's own spec and stand as they are, but
// for a claim about one model (models/seed-claim-models.ts: S12, the 275's tag): on another model
// it is left out where anything else backs the step, and otherwise named as that model's
// ("seed S12, of the SmartCode / Contemporary 275"), which a second pass leaves as it is.
// Each reference is printed once (the 955's reset names its K4 as the step's alternative and as
// its profile's source): one that two of a step's sources both name, one of them with
// a caution ("unverified seed S11; seed S11": the 250's menu note and its menu signal's reading),
// stays where the caution is, and goes from the other clause.

import type { ModelProfile } from '../models/profile.ts';
import { SEED_CLAIM_MODELS, seedClaimConcerns } from '../models/seed-claim-models.ts';
import { findModel } from '../models/index.ts';

/** product-facts §8 ("Cross-model data": the two-digit key collisions S7 and S8, the Z-Wave
 * template's battery levels G4, codes kept through a battery change S11) and §9 ("Added facts"),
 * which no section of one model holds: every model's own. */
export const CROSS_MODEL_REFS: readonly string[] = ['§8', '§9', 'S7', 'S8', 'S11', 'G4'];

/** The group that says its references are borrowed (procedure-kit.ts sourceCite writes it so). */
export const BORROWED_GROUP = 'assumed from product-facts';

/** A clause already marked borrowed or assumed: "assumed from …", "inferred from …", "assumed: …". */
const MARKED = /^(assumed|inferred)\b/;
/** One product-facts reference: "M5", "§7", "K-mirror", "S-greenyplace" (and a seed claim: "S12"). */
export const REF = String.raw`(?:K-mirror|S-greenyplace|§\d+|\b[KMGS]\d+\b)`;
/** A group word, or one reference item: "M5", "M5/M6" (both), "K1|K4|M9" (each model's own). */
const TOKEN = new RegExp(String.raw`\b(seed|product-facts)\b|(${REF}(?:[/|]${REF})*)`, 'g');
/** What follows a seed claim already named as another model's: "S12, of the SmartCode / Contemporary 275". */
const NAMED_WHOSE = ', of the ';
/** Between references that are alternatives, one per model: "K1|K4|M9". */
export const EACH_OWN = '|';

/** References that back a step shared by several models, each on the models it documents, as
 * one citation item: eachOwn('M15', 'M13') → "M15|M13". */
export function eachOwn(...refs: string[]): string {
  return refs.join(EACH_OWN);
}

/** Whether `ref` (a product-facts reference: "M9", "§6", "K-mirror") documents model p. */
export function isOwnRef(p: ModelProfile, ref: string): boolean {
  return p.documentedBy.includes(ref) || CROSS_MODEL_REFS.includes(ref);
}

/** Whose a seed claim about one model is, as a citation says it: "of the Powerbolt 250". */
export function ofModels(claim: string): string {
  return `of the ${(SEED_CLAIM_MODELS[claim] ?? []).map((id) => findModel(id)?.name ?? id).join(', the ')}`;
}

/** Tidies a clause once references are taken out of it: no doubled or dangling commas, no
 * "product-facts" left with nothing after it. */
function tidy(clause: string): string {
  return clause
    .replace(/,(\s*,)+/g, ',')
    .replace(/\b(seed|product-facts)\s*,\s*/g, '$1 ')
    .replace(/,\s*(?=\(|$)/g, ' ')
    .replace(/(^|,\s*|\s)(product-facts|seed)\s*(?=\(|,|$)/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}

/** A citation written inside the words, in its brackets, as printed for model p: "(product-facts
 * M5, M6)" on a 916, whose guides they are; "(assumed from product-facts M5, M6)" on a 913. */
export function ownCiteInProse(p: ModelProfile, cite: string): string {
  return `(${ownCite(p, cite)})`;
}

/** `cite` as printed for model p: the product-facts references p's documents do not hold are
 * taken out of their clause and named in one clause of their own, "assumed from product-facts …",
 * last (or added to such a clause already there). A clause marked borrowed or assumed stays as it is. */
export function ownCite(p: ModelProfile, cite: string): string {
  const borrowed: string[] = [];
  const elsewhere: string[] = [];
  const clauses: string[] = [];
  for (const raw of cite.split(';')) {
    const clause = raw.trim();
    if (!clause) continue;
    if (MARKED.test(clause)) {
      clauses.push(clause);
      continue;
    }
    let group = 'product-facts';
    let kept = false;
    const rewritten = clause.replace(TOKEN, (whole, word: string | undefined, item: string | undefined, at: number) => {
      if (word) {
        group = word;
        return whole;
      }
      // Already said whose (a citation routed before): it stays as it is, so that routing twice
      // reads as routing once.
      if (group === 'seed' && clause.startsWith(NAMED_WHOSE, at + whole.length)) return whole;
      if (group === 'seed' && item !== undefined && !seedClaimConcerns(item, p.id)) {
        if (!elsewhere.includes(item)) elsewhere.push(item);
        return '';
      }
      if (group === 'seed' || item === undefined) return whole;
      if (item.includes(EACH_OWN)) {
        const choices = item.split(EACH_OWN);
        const own = choices.filter((r) => isOwnRef(p, r));
        if (own.length) {
          kept = true;
          return own.join(', ');
        }
        for (const r of choices) if (!borrowed.includes(r)) borrowed.push(r);
        return '';
      }
      const parts = item.split('/');
      const own = parts.filter((r) => isOwnRef(p, r));
      for (const r of parts) if (!own.includes(r) && !borrowed.includes(r)) borrowed.push(r);
      if (own.length) kept = true;
      return own.join('/');
    });
    if (rewritten === clause) {
      clauses.push(clause);
      continue;
    }
    // A clause whose every reference was borrowed keeps its seed claims, if any, and no more.
    const tidied = tidy(rewritten);
    if (kept || /\bseed\b/.test(tidied)) clauses.push(kept ? tidied : tidy(tidied.replace(/\s*\(.*\)\s*/g, ' ')));
  }
  if (!clauses.length && !borrowed.length) clauses.push(...elsewhere.map((claim) => `seed ${claim}, ${ofModels(claim)}`));
  if (!borrowed.length) return eachOnce(clauses).join('; ');
  const at = clauses.findIndex((c) => c.startsWith(`${BORROWED_GROUP} `));
  if (at === -1) return eachOnce([...clauses, `${BORROWED_GROUP} ${borrowed.join(', ')}`]).join('; ');
  const already = clauses[at].slice(BORROWED_GROUP.length + 1).split(',').map((r) => r.trim());
  clauses[at] = `${BORROWED_GROUP} ${[...already, ...borrowed.filter((r) => !already.includes(r))].join(', ')}`;
  return eachOnce(clauses).join('; ');
}

/** How much caution a clause puts on its references: marked borrowed or assumed ("assumed from
 * …", "inferred …") the most, "unverified …" next, a plain clause none. */
function caution(clause: string): number {
  if (MARKED.test(clause)) return 2;
  return /^unverified\b/.test(clause) ? 1 : 0;
}

/** Calls `visit` with each reference item of a clause, keyed by its group ("seed S11" and
 * "product-facts S11" are different references); what `visit` returns replaces the item. */
function eachRef(clause: string, visit: (key: string, ref: string) => string): string {
  let group = 'product-facts';
  return clause.replace(TOKEN, (whole, word: string | undefined, item: string | undefined) => {
    if (word) {
      group = word;
      return whole;
    }
    if (item === undefined) return whole;
    return item.split('/').map((ref) => visit(`${group} ${ref}`, ref)).filter(Boolean).join('/');
  });
}

/** The clauses with each reference printed once: a reference several of them name stays in the
 * one with the most caution on it (the first of those), so no caution a source puts on it is
 * lost, and goes from the others; a clause left with no reference goes too. */
function eachOnce(clauses: readonly string[]): string[] {
  const keeper = new Map<string, number>();
  clauses.forEach((clause, i) => {
    eachRef(clause, (key, ref) => {
      const at = keeper.get(key);
      if (at === undefined || caution(clause) > caution(clauses[at])) keeper.set(key, i);
      return ref;
    });
  });
  const printed = new Set<string>();
  return clauses.flatMap((clause, i) => {
    let dropped = false;
    const rewritten = eachRef(clause, (key, ref) => {
      if (keeper.get(key) === i && !printed.has(key)) {
        printed.add(key);
        return ref;
      }
      dropped = true;
      return '';
    });
    if (!dropped) return [clause];
    const tidied = tidy(rewritten);
    return new RegExp(REF).test(tidied) ? [tidied] : [];
  });
}
