// The page's Assistant names only the model's own sources, or says they are borrowed — the same
// rule as the doctor's (own-cite.ts): what it reads on the lock and decides, the story's premise,
// each step it walks (the trouble as the owner meets it, the fix, the owner's check from outside)
// and what it says once the walk is done, for the seed's story and every symptom, on every model,
// on the page's inherited lock and on one still at its factory settings.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { Twin } from '../src/twin/twin.ts';
import { SYMPTOMS } from '../src/troubleshoot/symptoms.ts';
import { freshTwin } from '../web/src/session.ts';
import { storyCite, storyGuide, symptomGuide, type Guide } from '../web/src/assistant-plans.ts';
import { borrowedPrintedAsOwn, citesInProse, otherModelsSeedAsOwn, repeatedRefs, wrongInProse } from './cite-checks.ts';
import { modelOf } from './model-of.ts';

/** The locks the Assistant may find on the page: the inherited one, and one at its factory settings. */
function locks(m: ModelProfile): Twin[] {
  return [freshTwin(m.id), Twin.create(m.id, { seed: 1 })];
}

/** Every guide the Assistant can walk on model m's locks. */
function guides(m: ModelProfile): [string, Guide, Twin][] {
  const out: [string, Guide, Twin][] = [];
  for (const twin of locks(m)) {
    out.push(['story', storyGuide(twin, () => []), twin]);
    for (const s of SYMPTOMS) out.push([s.id, symptomGuide(twin, () => [], s.id), twin]);
  }
  return out;
}

/** What model m's Assistant prints: its citation lines and its words, each with where. */
function assistantTexts(m: ModelProfile): { cites: [string, string][]; words: [string, string][] } {
  const cites: [string, string][] = [['story source', storyCite(m)]];
  const words: [string, string][] = [];
  for (const [where, g, twin] of guides(m)) {
    const readings = [...g.read, ...g.after];
    const steps = [...g.plan.steps, ...(g.replanner.finish?.(twin) ?? [])];
    for (const r of readings) cites.push([`${where}: ${r.says}`, r.cite]), words.push([where, r.says]);
    for (const s of steps) cites.push([`${where} step: ${s.says}`, s.cite]), words.push([where, s.says]);
    for (const u of g.plan.unavailable) words.push([where, u.why]);
    if (g.unavailable) words.push([where, g.unavailable]);
  }
  return { cites, words };
}

/** What a citation line gets wrong on model m. */
function wrongCite(m: ModelProfile, cite: string): string[] {
  return [...borrowedPrintedAsOwn(m, cite), ...otherModelsSeedAsOwn(m, cite)];
}

describe('the check on the Assistant\'s texts', () => {
  it('catches the 913\'s M1 and the 250\'s seed S11 as a 916\'s own, and passes them said to be borrowed or whose', () => {
    expect(wrongCite(modelOf('smartcode-916'), 'seed S3; product-facts M1')).toEqual(['M1']);
    expect(wrongCite(modelOf('smartcode-916'), 'seed S7, S11')).toEqual(['S11']);
    expect(wrongCite(modelOf('smartcode-916'), 'seed S3; assumed from product-facts M1')).toEqual([]);
    expect(wrongCite(modelOf('smartcode-916'), 'seed S7')).toEqual([]);
    expect(wrongCite(modelOf('powerbolt-250'), 'seed S7, S11')).toEqual([]);
  });
});

describe('on a SmartCode 916, the story\'s trouble cites the 913\'s Program-button guide as borrowed', () => {
  it('"press Program: the lock wants a Mastercode nobody has"', () => {
    const [, g] = guides(modelOf('smartcode-916')).find(([w]) => w === 'story')!;
    const step = g.plan.steps.find((s) => s.says.includes('wants a Mastercode nobody has'));
    expect(step?.cite).toBe('seed S3; assumed from product-facts M1');
  });
});

describe('every source the Assistant names is the model\'s own or says it is borrowed', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const { cites, words } = assistantTexts(m);
    const wrong = [...cites.flatMap(([where, cite]) => wrongCite(m, cite).map((r) => `${where}: ${r} in "${cite}"`)), ...words.flatMap(([where, text]) => wrongInProse(m, text).map((w) => `${where}: ${w}`))];
    expect([...new Set(wrong)]).toEqual([]);
  });
});

describe('every citation the Assistant prints names each reference once', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const { cites, words } = assistantTexts(m);
    const all = [...cites, ...words.flatMap(([where, text]) => citesInProse(text).map((cite) => [where, cite] as [string, string]))];
    const wrong = all.flatMap(([where, cite]) => repeatedRefs(cite).map((r) => `${where}: ${r} in "${cite}"`));
    expect([...new Set(wrong)]).toEqual([]);
  });
});
