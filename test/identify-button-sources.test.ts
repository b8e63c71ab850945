// Identifying a lock (seed S13) by a button's name is graded by source as the rest of the look
// is: each profile cites, in its own `sources`, where its exterior key's name (Lock or Kwikset:
// `look.lockKey`), its Reset button or its lack (`look.resetButton`) and its Program button
// (`look.programButton`) come from, and the checkmark is graded by the keypad's (`look.keypad`).
// A value a source gives rules a model out (the 913's Lock button, product-facts §1; its reset on
// Program, K1); one only assumed does not, and a line says so (the 620's Lock button, §4 naming
// no key; the 240's lack of a Reset button, its reset undocumented; the 250's keypad, §6 naming
// no touchscreen). Every profile spreads the 913's sources, so a check that each cite names its
// own model's value guards against a model passing off the 913's source for its own.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { MODELS } from '../src/models/index.ts';
import type { ModelProfile } from '../src/models/profile.ts';
import { identifyWithRuledOut } from '../src/models/identify.ts';
import { identifyCommand } from '../src/cli/identify-command.ts';
import { findModels } from '../web/src/model-finder.ts';
import { lockKeyWord } from '../src/models/lock-key-word.ts';
import { hasResetButton } from '../src/models/reset-button.ts';
import { grade } from '../src/models/source-grade.ts';

const BUTTON_SOURCES = ['look.lockKey', 'look.resetButton', 'look.programButton'] as const;

const ruledOut = (text: string, models?: readonly ModelProfile[]) => Object.fromEntries(identifyWithRuledOut(text, models).ruledOut.map((f) => [f.model.id, f.ruledOutBy]));
const keptByAssumption = (text: string, models?: readonly ModelProfile[]) =>
  Object.fromEntries(identifyWithRuledOut(text, models).found.filter((f) => f.assumedAgainst).map((f) => [f.model.id, f.assumedAgainst]));

function cliLines(text: string): string[] {
  const lines: string[] = [];
  identifyCommand(text, false, (l) => lines.push(stripVTControlCharacters(l)));
  return lines;
}

/** Where a profile's button sources do not fit its buttons: a source that is not assumed must
 * name the model's own exterior key word, and say Reset where the model has a Reset button and
 * Program (or "programming button") where it has none. Empty when all fit. */
function buttonSourceMisfits(m: ModelProfile): string[] {
  const out: string[] = [];
  for (const key of BUTTON_SOURCES) if (!m.sources[key]) out.push(`${m.id} ${key}: no source`);
  const sourced = (key: string) => grade(m.sources[key] ?? 'assumed') !== 'assumed';
  if (sourced('look.lockKey') && !m.sources['look.lockKey'].includes(lockKeyWord(m))) out.push(`${m.id} look.lockKey does not name "${lockKeyWord(m)}": ${m.sources['look.lockKey']}`);
  const reset = m.sources['look.resetButton'] ?? '';
  if (sourced('look.resetButton') && (hasResetButton(m) ? !/\bReset\b/.test(reset) : !/\bprogram(ming)? button|\bProgram\b/i.test(reset))) out.push(`${m.id} look.resetButton does not fit its reset: ${reset}`);
  return out;
}

describe('identify: a button by name is graded by source', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s cites a source for each of its buttons, its own', (_id, m) => {
    expect(buttonSourceMisfits(m)).toEqual([]);
  });

  it('the check catches a model that passes off the 913\'s Lock-button source for its Kwikset button', () => {
    const p240 = MODELS.find((m) => m.id === 'powerbolt-240')!;
    const p913 = MODELS.find((m) => m.id === 'smartcode-913')!;
    const broken: ModelProfile = { ...p240, sources: { ...p240.sources, 'look.lockKey': p913.sources['look.lockKey'], 'look.resetButton': p913.sources['look.resetButton'] } };
    expect(buttonSourceMisfits(broken)).toHaveLength(1);
    const noneCited: ModelProfile = { ...p240, sources: { ...p240.sources, 'look.programButton': '' } };
    expect(buttonSourceMisfits(noneCited)).toEqual(['powerbolt-240 look.programButton: no source']);
  });

  it('an assumed button value rules no model out, and a line says so', () => {
    expect(ruledOut('Home Connect 620 with a Kwikset button')['homeconnect-620']).toBeUndefined();
    expect(keptByAssumption('Home Connect 620 with a Kwikset button')['homeconnect-620']).toEqual(['a Kwikset button']);
    expect(cliLines('Home Connect 620 with a Kwikset button')).toContain('Not ruled out by "a Kwikset button", which only an assumed value contradicts: homeconnect-620.');
    expect(ruledOut('Powerbolt 240 with a reset button')['powerbolt-240']).toBeUndefined();
    expect(findModels('Powerbolt 240 with a reset button').ruledOut).toContain('Not ruled out by "a Reset button", which only an assumed value contradicts: Powerbolt 240.');
    expect(ruledOut('Powerbolt 250 with a checkmark')['powerbolt-250']).toBeUndefined();
    expect(ruledOut('SmartCode 275 with a Lock button')['smartcode-275']).toBeUndefined();
  });

  it('a sourced button value still rules out', () => {
    expect(ruledOut('SmartCode 913 with a Kwikset button')['smartcode-913']).toEqual(['a Kwikset button']);
    expect(ruledOut('SmartCode 913 with a reset button')['smartcode-913']).toEqual(['a Reset button']);
    expect(ruledOut('SmartCode 913 with a checkmark')['smartcode-913']).toEqual(['a checkmark']);
    expect(ruledOut('Powerbolt 2 with a Kwikset button')['powerbolt-2']).toEqual(['a Kwikset button']);
    expect(cliLines('SmartCode 913 with a Kwikset button')).toContain('Ruled out by "a Kwikset button": smartcode-913.');
  });

  it('grading follows the profile: the 913 with its Lock-button source made an assumption is no longer ruled out', () => {
    const models = MODELS.map((m) => (m.id === 'smartcode-913' ? { ...m, sources: { ...m.sources, 'look.lockKey': 'assumed: for this check' } } : m));
    expect(ruledOut('SmartCode 913 with a Kwikset button', models)['smartcode-913']).toBeUndefined();
    expect(keptByAssumption('SmartCode 913 with a Kwikset button', models)['smartcode-913']).toEqual(['a Kwikset button']);
  });
});
