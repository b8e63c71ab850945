// Every source the troubleshooter prints beside its words is the model's own — a product-facts
// reference that documents this model or its family as product-facts groups them (the profile's
// `documentedBy`; §8's cross-model data for every model) — or says it is borrowed ("assumed from
// product-facts M4": the 264's lockout, taken from the SmartCode's). Walked for every model, every
// signal `decode` can answer with, its status-light readings, and every `doctor` symptom with
// every answer its interview asks for.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { eachOwn, ownCite } from '../src/troubleshoot/own-cite.ts';
import { OWN, borrowedPrintedAsOwn, citesInProse, otherModelsSeedAsOwn, ownAndBorrowed, repeatedRefs, wrongInProse } from './cite-checks.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { applicableSignals } from '../src/troubleshoot/signal-scope.ts';
import { readStatusBlink } from '../src/troubleshoot/status-reading.ts';
import { readLitDigits } from '../src/troubleshoot/screen-reading.ts';
import { parseSignalText } from '../src/troubleshoot/signal-text.ts';
import { examineSymptom, examineTwin } from '../src/troubleshoot/doctor.ts';
import { readResetFailure } from '../src/troubleshoot/reset-failure-reading.ts';
import { cancelResetCite } from '../src/troubleshoot/reset-intent.ts';
import { Twin } from '../src/twin/twin.ts';
import { conditionTwin } from '../src/troubleshoot/condition-twin.ts';
import { decodeCommand, TERMINAL_POINTERS } from '../src/troubleshoot/decode-command.ts';
import { modelOf } from './model-of.ts';
import { buildProcedure } from '../src/troubleshoot/procedures.ts';
import { PROCEDURE_IDS, STATUS_COLOURS, factsVariants, forEveryInterview, printedCites, rawAndPrinted } from './cite-walks.ts';

describe('the check itself', () => {
  it('catches a borrowed source printed as own: K3, the SmartCode page, on a Powerbolt 250', () => {
    expect(borrowedPrintedAsOwn(modelOf('powerbolt-250'), 'product-facts K3; seed S25, S24')).toEqual(['K3']);
    expect(borrowedPrintedAsOwn(modelOf('powerbolt-250'), 'product-facts M4; seed S7')).toEqual(['M4']);
  });

  it('passes the model\'s own source, and one said to be borrowed', () => {
    expect(borrowedPrintedAsOwn(modelOf('powerbolt-250'), 'product-facts M9; seed S7')).toEqual([]);
    expect(borrowedPrintedAsOwn(modelOf('powerbolt-250'), 'seed S25, S24; assumed from product-facts K3')).toEqual([]);
    expect(borrowedPrintedAsOwn(modelOf('smartcode-909'), 'product-facts M4, M16')).toEqual([]);
  });
});

describe('every citation printed is the model\'s own or says it is borrowed', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const wrong = printedCites(m).flatMap(([where, cite]) => borrowedPrintedAsOwn(m, cite).map((ref) => `${where}: ${ref} in "${cite}"`));
    expect([...new Set(wrong)]).toEqual([]);
  });
});

describe('the walk itself', () => {
  it('walks every symptom the doctor takes, the bolt\'s trouble (seed S15–S17) with the seed\'s table', () => {
    const walked = new Set(printedCites(modelOf('smartcode-909')).map(([where]) => /^doctor (\S+)/.exec(where)?.[1]).filter(Boolean));
    expect([...walked].sort()).toEqual(['beeps-wont-unlock', 'bolt-misbehaves', 'forgot-one-code', 'no-mastercode', 'unresponsive-to-all-codes']);
  });
});

describe('as printed', () => {
  function decoded(model: string, text: string, json = false): string {
    const lines: string[] = [];
    decodeCommand({ model, text, json }, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    return lines.join('\n');
  }

  it('a Powerbolt 250\'s status blink cites the SmartCode page as borrowed', () => {
    const out = decoded('powerbolt-250', 'blinking red every few seconds');
    expect(out).toContain('assumed from product-facts K3');
    expect(out).not.toMatch(/\(product-facts K3/);
  });

  it('a Powerbolt 250\'s wrong code cites its own guide, M9, not the 909\'s table', () => {
    const json = JSON.parse(decoded('powerbolt-250', 'red x3 and 3 beeps', true)) as { matches: { signal: string; cite: string }[] };
    const cite = json.matches.find((x) => x.signal === 'wrongCode')?.cite;
    expect(cite).toMatch(/^product-facts M9\b/);
    expect(cite).not.toMatch(/M4/);
  });
});

describe('a model whose own guide gives the signal', () => {
  it.each(['wrongCode', 'noUserCode', 'programmingTimeout', 'programmingFailed'] as const)(
    'Home Connect 620, %s: red ×3 and three beeps in its own installation sheet (M8), not the 909\'s table',
    (signal) => {
      expect(adviceFor(modelOf('homeconnect-620'), signal).cite).toMatch(/^(seed [^;]*; )?product-facts M8\b/);
      expect(adviceFor(modelOf('homeconnect-620'), signal).cite).not.toMatch(/assumed from/);
    },
  );
});

describe('the factory code to try before a reset', () => {
  it.each([['powerbolt-264', '§7', '§5'], ['powerbolt-92640-001', '§7', '§5'], ['smartcode-275', '§7', '§5'], ['powerbolt-2', '§5', '§7']] as const)(
    '%s cites its own section, %s, and not %s as borrowed',
    (id, own, other) => {
      const r = examineSymptom(modelOf(id), 'no-mastercode', { doorOpen: 'yes' }).report;
      const cites = [r.causes.find((c) => c.fix === 'try-factory-code')?.cite, r.procedure.steps.find((x) => x.says.startsWith('Try the'))?.cite];
      for (const cite of cites) {
        expect(cite).toContain(own);
        expect(cite).not.toContain(other);
      }
    },
  );
});

describe('the Powerbolt 2\'s wrong code', () => {
  it('cites its own guide, M10 ("One incorrect code entered: Keypad flashes red three times with three beeps"), not the 909\'s table as borrowed', () => {
    const cite = adviceFor(modelOf('powerbolt-2'), 'wrongCode').cite;
    expect(cite).toMatch(/^product-facts M10\b/);
    expect(cite).not.toMatch(/assumed from|M4/);
  });
});

/** The references a citation prints as borrowed although they are another model's alternative to
 * one the model's own sources give: a step shared by several models names each model's own source
 * (eachOwn), and a model that has one must not print the others ("M15; assumed from M13" on a
 * 909: the 240's guide beside its own). Read from the raw citation the step carries. */
function clutter(m: ModelProfile, raw: string, printed: string): string[] {
  const own = OWN.get(m.id) ?? new Set<string>();
  const borrowed = /assumed from product-facts ([^;]*)/.exec(printed)?.[1].split(',').map((r) => r.trim()) ?? [];
  const out: string[] = [];
  for (const item of raw.match(/[^\s,;()]+\|[^\s,;()]+/g) ?? []) {
    const choices = item.split('|');
    if (choices.some((r) => own.has(r))) for (const r of choices) if (!own.has(r) && borrowed.includes(r)) out.push(r);
  }
  return out;
}

describe('a step shared by several models cites only this model\'s own source for it, where it has one', () => {
  it('the check catches a borrowed alternative printed beside the own one', () => {
    const raw = `product-facts ${eachOwn('M15', 'M13')}`;
    expect(clutter(modelOf('smartcode-909'), raw, 'product-facts M15; assumed from product-facts M13')).toEqual(['M13']);
    expect(clutter(modelOf('smartcode-909'), raw, 'product-facts M15')).toEqual([]);
    expect(clutter(modelOf('smartcode-955'), raw, 'assumed from product-facts M15, M13')).toEqual([]);
  });

  it('on the 909, adding a code cites its guide M15 alone; the 955, which has neither, borrows both', () => {
    const raw = `product-facts ${eachOwn('M15', 'M13')}`;
    expect(ownCite(modelOf('smartcode-909'), raw)).toBe('product-facts M15');
    expect(ownCite(modelOf('powerbolt-240'), raw)).toBe('product-facts M13');
    expect(ownCite(modelOf('smartcode-955'), raw)).toBe('assumed from product-facts M15, M13');
  });

  it('as the 909\'s doctor prints it: a step its own guide documents names no other model\'s', () => {
    const steps = examineSymptom(modelOf('smartcode-909'), 'no-mastercode', {}).report.procedure.steps;
    const typed = steps.find((x) => x.says.startsWith('Type the new code'));
    expect(typed?.cite).toBe('product-facts M15, §3');
    const erased = steps.find((x) => x.says.startsWith('Press Program once more'));
    expect(erased?.cite).not.toMatch(/K4|M9/);
    expect(steps.filter((x) => /\bM15\b/.test(x.cite) && /assumed from/.test(x.cite))).toEqual([]);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const wrong = rawAndPrinted(m).flatMap(([where, raw, printed]) => clutter(m, raw, printed).map((r) => `${where}: ${r} in "${printed}"`));
    expect([...new Set(wrong)]).toEqual([]);
    expect(printedCites(m).filter(([, cite]) => cite.includes('|'))).toEqual([]);
  });
});

/** A twin of model m left with its reset held the full time and never confirmed (seed S24): the
 * factory reset's own steps, up to the confirming press. */
function halfResetTwin(m: ModelProfile): Twin {
  const twin = Twin.create(m.id, { seed: 3, door: 'right', handed: 'right', codes: { 1: '2580' } });
  const steps = buildProcedure('factory-reset', m, { ...factsVariants()[1], doorOpen: true }).procedure.steps;
  const armed = steps.findIndex((x) => x.expect?.event === 'reset-armed');
  const confirm = steps.findIndex((x, i) => i > armed && x.action?.do === 'press');
  for (const x of steps.slice(0, confirm)) if (x.action) twin.apply(x.action);
  return twin;
}

/** The fixes of a half-finished reset named after fresh batteries (reset-intent.ts armedResetFixAfterPack). */
const AFTER_PACK_FIXES: ReadonlySet<string> = new Set(['factory-reset', 'replace-batteries']);

describe('the half-finished reset cites the model\'s own source for the confirming press (seed S24)', () => {
  /** Where the doctor prints it: the cause its interview names, and "if it persists" — finished
   * or cancelled (`afterPack` false), or, named after fresh batteries whose pack change ended a
   * reset left waiting, done again whole or said to be over (`afterPack` true). */
  function doctorCites(m: ModelProfile, afterPack = false): string[] {
    const out = new Set<string>();
    forEveryInterview(m, (symptom, answers) => {
      const r = examineSymptom(m, symptom, answers).report;
      for (const c of [...r.causes, ...(r.ifPersists ? [r.ifPersists] : [])]) if (c.id === 'reset-half-finished' && AFTER_PACK_FIXES.has(c.fix) === afterPack) out.add(c.cite);
    });
    return [...out];
  }

  it('the Powerbolt 250 its guide, M9, and the 955 its page, K4 — not the SmartCode page K1', () => {
    expect(doctorCites(modelOf('powerbolt-250'))).toEqual(['seed S24; product-facts M9']);
    expect(doctorCites(modelOf('smartcode-955'))).toEqual(['seed S24; product-facts K4']);
    expect(doctorCites(modelOf('smartcode-913'))).toEqual(['seed S24; product-facts K1']);
  });

  it.each(MODELS.filter((m) => m.reset.confirmPress).map((m) => [m.id, m] as const))('%s: the doctor\'s cause, its reading of a twin and decode\'s reading of a failed reset cite it alike', (_id, m) => {
    const decoded = readResetFailure(m, parseSignalText("the reset didn't work"), TERMINAL_POINTERS.rehearseReset)?.causes.find((c) => c.id === 'confirm-press-missing')?.cite;
    expect(decoded).toBeDefined();
    const [cause] = doctorCites(m);
    expect(doctorCites(m)).toEqual([cause]);
    // decode's reading tells the cancel too, with no procedure of its own to cite it: the
    // cancel's sources as the doctor's cancel gives them (reset-intent.ts), the cause's among them.
    expect(decoded).toBe(ownCite(m, cancelResetCite(m)));
    const REF = /K-mirror|S-greenyplace|§\d+|\b[KMGS]\d+\b/g;
    expect([...decoded!.matchAll(REF)].map((x) => x[0])).toEqual(expect.arrayContaining([...cause.matchAll(REF)].map((x) => x[0])));
    const twin = halfResetTwin(m);
    expect(twin.mode).toBe('reset-armed');
    expect(examineTwin(twin).report.causes.find((c) => c.id === 'reset-armed')?.cite).toBe(cause);
  });

  it.each(MODELS.filter((m) => m.reset.confirmPress).map((m) => [m.id, m] as const))('%s: named after fresh batteries that ended a reset left waiting, it cites the cancel the pack change was', (_id, m) => {
    expect(doctorCites(m, true)).toEqual([ownCite(m, cancelResetCite(m))]);
  });

  it.each(MODELS.filter((m) => m.reset.confirmPress).map((m) => [m.id, m] as const))('%s: the confirming press the reset procedures end with names only the model\'s sources for the press and its signal', (_id, m) => {
    const REF = /K-mirror|S-greenyplace|§\d+|\b[KMGS]\d+\b/g;
    const sourced = new Set([...(m.sources['reset.confirmPress'] ?? '').matchAll(REF), ...(m.sources['signals.resetDone'] ?? '').matchAll(REF)].map((x) => x[0]));
    for (const id of ['finish-reset', 'factory-reset'] as const) {
      const presses = buildProcedure(id, m, { ...factsVariants()[1], doorOpen: true }).procedure.steps.filter((x) => x.expect?.event === 'factory-reset' && x.action?.do === 'press');
      expect(presses.length, id).toBe(1);
      const cite = ownCite(m, presses[0].cite);
      const refs = cite.split(';').flatMap((clause) => (/^\s*seed\b/.test(clause) ? [] : [...clause.matchAll(REF)].map((x) => x[0])));
      expect(refs.filter((r) => !sourced.has(r)), `${id}: "${cite}"`).toEqual([]);
    }
  });
});

describe('the bolt jam cites the model\'s own source for its jam warning (seed S17)', () => {
  const REF = /K-mirror|S-greenyplace|§\d+|\b[KMGS]\d+\b/g;
  /** Where the doctor tells of a jam: the cause its interview names, the strike-plate step of the
   * repair, and the condition read off a jammed twin. */
  function jamCites(m: ModelProfile): [string, string][] {
    const out: [string, string][] = [];
    forEveryInterview(m, (symptom, answers) => {
      const r = examineSymptom(m, symptom, answers).report;
      for (const c of r.causes) if (c.id === 'bolt-jam') out.push(['cause', c.cite]);
      for (const x of r.procedure.steps) if (x.part === 'clear-jam' && x.action?.do === 'strike') out.push(['step', x.cite]);
    });
    const jammed = conditionTwin(m, 'beeps-wont-unlock', 'bolt-jam', { led: 'jam' }).twin;
    for (const c of examineTwin(jammed).report.causes) if (c.id === 'bolt-jammed') out.push(['twin', c.cite]);
    return out;
  }

  it('the Powerbolt 250 its guide, M9; the Home Connect 620 its sheet, M8; the 916 its guides, M5 and M6 — not the 909\'s table as borrowed', () => {
    // The 620's sheet gives its jam warning's beeping but no count: the cite says that part is assumed.
    for (const [id, own] of [['powerbolt-250', 'M9'], ['homeconnect-620', 'M8; the beep count: assumed'], ['smartcode-916', 'M5, M6']] as const) {
      const cites = jamCites(modelOf(id));
      expect(new Set(cites.map(([where]) => where)), id).toEqual(new Set(['cause', 'step', 'twin']));
      expect([...new Set(cites.map(([, cite]) => cite))], id).toEqual([`seed S17; product-facts ${own}`]);
    }
    expect([...new Set(jamCites(modelOf('smartcode-913')).map(([, cite]) => cite))]).toEqual(['seed S17; assumed from product-facts M4']);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s: only the references its jam warning comes from', (_id, m) => {
    const sourced = new Set([...(m.sources['signals.jammed'] ?? '').matchAll(REF)].map((x) => x[0]));
    for (const [where, cite] of jamCites(m)) {
      const refs = cite.split(';').flatMap((clause) => (/^\s*seed\b/.test(clause) ? [] : [...clause.matchAll(REF)].map((x) => x[0])));
      expect(refs.filter((r) => !sourced.has(r)), `${where}: "${cite}"`).toEqual([]);
    }
  });
});

describe('a seed claim about one model is not printed as another\'s', () => {
  it('the check catches the 275\'s S12 on a 955, and passes it named as the 275\'s, or on the 275', () => {
    expect(otherModelsSeedAsOwn(modelOf('smartcode-955'), 'seed S21, S12; product-facts §7')).toEqual(['S12']);
    expect(otherModelsSeedAsOwn(modelOf('smartcode-955'), 'seed S12, of the SmartCode / Contemporary 275')).toEqual([]);
    expect(otherModelsSeedAsOwn(modelOf('smartcode-275'), 'seed S21, S12; product-facts §7')).toEqual([]);
  });

  it('left out where anything else backs the step; named as that model\'s where nothing does', () => {
    expect(ownCite(modelOf('smartcode-955'), 'seed S21, S12; product-facts §7')).toBe('seed S21; product-facts §7');
    expect(ownCite(modelOf('smartcode-913'), 'seed S7, S11')).toBe('seed S7');
    expect(ownCite(modelOf('smartcode-913'), 'seed S14')).toBe('seed S14, of the Powerbolt 264 — SKU 92640-001');
    expect(ownCite(modelOf('powerbolt-250'), 'seed S7, S11')).toBe('seed S7, S11');
  });

  it('the 955\'s change of programming code cites S21, not the 275\'s S12', () => {
    const steps = examineSymptom(modelOf('smartcode-955'), 'no-mastercode', {}).report.procedure.steps;
    expect(steps.map((x) => x.cite).filter((c) => /\bS12\b/.test(c))).toEqual([]);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const wrong = printedCites(m).flatMap(([where, cite]) => otherModelsSeedAsOwn(m, cite).map((c) => `${where}: ${c} in "${cite}"`));
    expect([...new Set(wrong)]).toEqual([]);
  });
});

describe('no reference is printed both as the model\'s own and as borrowed', () => {
  it('the check catches K1 both ways, and passes a seed claim and a product-facts page that share an id', () => {
    expect(ownAndBorrowed('seed S6, S12; product-facts K1; assumed from product-facts K1, from seed S12')).toEqual(['seed S12', 'product-facts K1']);
    expect(ownAndBorrowed('seed S6; product-facts K1; assumed from product-facts M4')).toEqual([]);
    expect(ownAndBorrowed('seed S4; assumed from product-facts S4')).toEqual([]);
  });

  it('the Powerbolt 250\'s menu-open signal, assumed from the Powerbolt 2\'s, names its own M9 and S2 only as its own', () => {
    const cite = adviceFor(modelOf('powerbolt-250'), 'menuEnter').cite;
    expect(ownAndBorrowed(cite)).toEqual([]);
    expect(cite).toMatch(/^assumed from product-facts K-mirror\b/);
  });

  it('the SmartCode 275\'s last press of a reset cites the SmartCode page K1 as its own', () => {
    const m = modelOf('smartcode-275');
    for (const id of ['finish-reset', 'factory-reset'] as const) {
      const press = buildProcedure(id, m, { ...factsVariants()[1], doorOpen: true }).procedure.steps.find((x) => x.expect?.event === 'factory-reset' && x.action?.do === 'press');
      expect(ownCite(m, press?.cite ?? ''), id).toMatch(/^seed (S\d+, )*S12; product-facts K1$/);
    }
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const cites: [string, string][] = [...printedCites(m), ...rawAndPrinted(m).map(([where, , printed]) => [where, printed] as [string, string])];
    const wrong = cites.flatMap(([where, cite]) => ownAndBorrowed(cite).map((r) => `${where}: ${r} in "${cite}"`));
    expect([...new Set(wrong)]).toEqual([]);
  });
});

describe('a reference is printed once', () => {
  it('the 955\'s reset: its own K4, as the step\'s alternative and as its profile\'s source', () => {
    expect(ownCite(modelOf('smartcode-955'), `seed S6; product-facts ${eachOwn('K1', 'K4', 'M9')}, K4`)).toBe('seed S6; product-facts K1, K4');
  });

  it('the check catches seed S11 named twice, and passes a seed claim and a product-facts page that share an id', () => {
    expect(repeatedRefs('unverified product-facts S2, M9; unverified seed S11; seed S11')).toEqual(['seed S11']);
    expect(repeatedRefs('seed S6; unverified product-facts S3; product-facts K1, S3')).toEqual(['product-facts S3']);
    expect(repeatedRefs('seed S4, S11; product-facts S4, S11')).toEqual([]);
  });

  it('the Powerbolt 250\'s menu signal names seed S11 once, as its menu\'s unverified source', () => {
    const cite = adviceFor(modelOf('powerbolt-250'), 'menuEnter').cite;
    expect(repeatedRefs(cite)).toEqual([]);
    expect(cite).toMatch(/\bunverified seed S11\b/);
  });

  it('the 909\'s confirming press names its page S3 once, unverified as its profile gives the press', () => {
    const steps = examineSymptom(modelOf('smartcode-909'), 'no-mastercode', {}).report.procedure.steps;
    const erased = steps.find((x) => x.says.startsWith('Press Program once more'))?.cite ?? '';
    expect(repeatedRefs(erased)).toEqual([]);
    expect(erased).toMatch(/\bunverified product-facts S3\b/);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s: every citation decode and doctor print, and every one in their words', (_id, m) => {
    const cites: [string, string][] = [
      ...printedCites(m),
      ...rawAndPrinted(m).map(([where, , printed]) => [where, printed] as [string, string]),
      ...printedProse(m).flatMap(([where, text]) => citesInProse(text).map((cite) => [where, cite] as [string, string])),
    ];
    const wrong = cites.flatMap(([where, cite]) => repeatedRefs(cite).map((r) => `${where}: ${r} in "${cite}"`));
    expect([...new Set(wrong)]).toEqual([]);
  });
});

/** Every text decode and doctor print for model m beyond the bracketed citation lines: advice,
 * status and screen readings, the keypad hints and the no-match hint, each doctor report and each
 * procedure whole (its steps' words, and why a procedure is left out). */
function printedProse(m: ModelProfile): [string, string][] {
  const out: [string, string][] = [];
  for (const s of applicableSignals(m)) out.push([`advice ${s}`, JSON.stringify(adviceFor(m, s))]);
  for (const c of STATUS_COLOURS) out.push([`status ${c}`, JSON.stringify(readStatusBlink(m, parseSignalText(`blinking ${c} every few seconds`)))]);
  out.push(['screen', JSON.stringify(readLitDigits(m, 'some'))]);
  for (const said of ['no light and no sound', 'keypad dead', 'nothing happens, it does not respond', "reset didn't work, nothing happened"]) {
    const lines: string[] = [];
    decodeCommand({ model: m.id, text: said, json: false }, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    out.push([`decode "${said}"`, lines.join('\n')]);
  }
  forEveryInterview(m, (symptom, answers) => {
    out.push([`doctor ${symptom} ${JSON.stringify(answers)}`, JSON.stringify(examineSymptom(m, symptom, answers).report)]);
  });
  for (const id of PROCEDURE_IDS) for (const facts of factsVariants()) out.push([`procedure ${id}`, JSON.stringify(buildProcedure(id, m, facts).procedure)]);
  return out;
}

describe('a citation written inside the words is the model\'s own or says it is borrowed', () => {
  it('the check catches the 916\'s guides in a SmartCode 913\'s hint, and the 92640-001\'s keypad on a 913', () => {
    const hint = 'plug it back in, every code is still stored (product-facts M5, M6). If it still ignores every code (seed S5, S7).';
    expect(wrongInProse(modelOf('smartcode-913'), hint)).toEqual(['M5 in "(product-facts M5, M6)"', 'M6 in "(product-facts M5, M6)"']);
    expect(wrongInProse(modelOf('smartcode-913'), 'press firmly (seed S14).')).toEqual(['S14 in "(seed S14)"']);
  });

  it('passes the model\'s own, one said to be borrowed, and brackets that cite nothing', () => {
    expect(wrongInProse(modelOf('smartcode-916'), 'plug it back in (product-facts M5, M6).')).toEqual([]);
    expect(wrongInProse(modelOf('smartcode-913'), 'plug it back in (assumed from product-facts M5, M6).')).toEqual([]);
    expect(wrongInProse(modelOf('powerbolt-92640-001'), 'press firmly (seed S14).')).toEqual([]);
    expect(wrongInProse(modelOf('smartcode-913'), 'two beeps (or a long beep: product-facts conflict 5) (S6)')).toEqual([]);
  });

  it('a SmartCode 913 with a dark keypad is told of the cable with the 916\'s guides as borrowed', () => {
    const lines: string[] = [];
    decodeCommand({ model: 'smartcode-913', text: 'no light and no sound', json: false }, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect(lines.join('\n')).toContain('every code is still stored (assumed from product-facts M5, M6)');
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const wrong = printedProse(m).flatMap(([where, text]) => wrongInProse(m, text).map((w) => `${where}: ${w}`));
    expect([...new Set(wrong)]).toEqual([]);
  });
});
