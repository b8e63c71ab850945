// The codes a keypad sequence is built around (addCodeSequence and the others, README "Use it from
// code") are looked at as the sequence is built: a code with a letter in it, or none, is an
// ActionError naming the function and the argument, in the words perform's look at the steps uses
// (action-shape.ts) — not only later, when perform reaches the step that types it. perform still
// looks at a sequence built by hand.
import { describe, expect, it } from 'vitest';
import { ActionError, Twin, addCodeSequence, deleteAllSequence, deleteCodeSequence, findModel, menuHandingSequence, perform, setAdminSequence, type Sequence } from '../src/index.ts';

const SMARTCODE = findModel('smartcode-913')!;
const POWERBOLT_250 = findModel('powerbolt-250')!;
/** `value` as a plain JavaScript caller may pass it, no type check on it. */
const untyped = (value: unknown): string => value as string;

function refusedAtTheCall(build: () => Sequence, message: string): void {
  expect(build).toThrow(ActionError);
  expect(build).toThrow(new ActionError(message));
}

describe('the sequence functions look at their codes when called', () => {
  it('a code with a letter in it, a number, no digit at all', () => {
    refusedAtTheCall(() => addCodeSequence(SMARTCODE, '', '13a7', 1), 'addCodeSequence(code): "13a7" must be digits 0–9');
    refusedAtTheCall(() => addCodeSequence(SMARTCODE, '', untyped(1357), 1), 'addCodeSequence(code): 1357 must be digits 0–9');
    refusedAtTheCall(() => addCodeSequence(SMARTCODE, '', '', 1), 'addCodeSequence(code): "" types no digit: give one or more digits 0–9');
    refusedAtTheCall(() => deleteCodeSequence(SMARTCODE, '', '12 4'), 'deleteCodeSequence(code): "12 4" must be digits 0–9');
    refusedAtTheCall(() => setAdminSequence(SMARTCODE, '', 'abcd'), 'setAdminSequence(next): "abcd" must be digits 0–9');
  });

  it("an admin code that is neither digits, '' (none set) nor null (lost)", () => {
    const why = (fn: string, v: string): string => `${fn}(admin): ${v} must be digits 0–9 ('' when none is set, null when it is set and lost)`;
    refusedAtTheCall(() => addCodeSequence(SMARTCODE, '86a20', '1357', 1), why('addCodeSequence', '"86a20"'));
    refusedAtTheCall(() => deleteCodeSequence(SMARTCODE, untyped(undefined), '1357'), why('deleteCodeSequence', 'undefined'));
    refusedAtTheCall(() => deleteAllSequence(SMARTCODE, untyped(86420)), why('deleteAllSequence', '86420'));
    refusedAtTheCall(() => setAdminSequence(SMARTCODE, 'x', '2580'), why('setAdminSequence', '"x"'));
    refusedAtTheCall(() => menuHandingSequence(POWERBOLT_250, 'none'), why('menuHandingSequence', '"none"'));
  });

  it("takes digits, '' and null as it did", () => {
    expect(Array.isArray(addCodeSequence(SMARTCODE, '86420', '1357', 1))).toBe(true);
    expect(Array.isArray(addCodeSequence(SMARTCODE, '', '1357', 1))).toBe(true);
    expect(addCodeSequence(SMARTCODE, null, '1357', 1)).toHaveProperty('unavailable');
    expect(Array.isArray(deleteAllSequence(SMARTCODE, '86420'))).toBe(true);
  });

  it('perform still refuses a sequence built by hand around a bad code, in the same words', () => {
    const twin = Twin.create('smartcode-913', { mastercode: 'none', doorOpen: true });
    const good = addCodeSequence(SMARTCODE, '', '1357', 1) as Exclude<Sequence, { unavailable: string }>;
    const byHand = good.map((s) => (s.action?.do === 'type' ? { ...s, action: { ...s.action, digits: '13a7' } } : s));
    expect(() => perform(twin, byHand)).toThrow(new ActionError('sequence[1].action.digits: "13a7" must be digits 0–9'));
    expect(twin.sim.now).toBe(0);
  });
});
