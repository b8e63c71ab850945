// The library's keypad sequences and code entry take a model profile (README "Use it from code":
// `addCodeSequence(twin.model, …)`); a program in plain JavaScript that passes the model's id, or
// nothing, is told so by name — not a TypeError about a property deep inside ("reading
// 'minLength'").
import { describe, expect, it } from 'vitest';
import { addCodeSequence, codeEntryActions, deleteAllSequence, deleteCodeSequence, findModel, menuHandingSequence, setAdminSequence, type ModelProfile } from '../src/index.ts';

/** `value` as the model a caller in plain JavaScript may pass, no type check on it. */
const untyped = (value: unknown): ModelProfile => value as ModelProfile;

const CALLS: [string, (p: ModelProfile) => unknown][] = [
  ['addCodeSequence', (p) => addCodeSequence(p, '', '1357', 1)],
  ['deleteCodeSequence', (p) => deleteCodeSequence(p, '', '1357')],
  ['deleteAllSequence', (p) => deleteAllSequence(p, '86420')],
  ['setAdminSequence', (p) => setAdminSequence(p, '', '86420')],
  ['menuHandingSequence', (p) => menuHandingSequence(p, '0000')],
  ['codeEntryActions', (p) => codeEntryActions(p, '1357')],
];

describe('a model given as something else than a model profile', () => {
  it.each(CALLS)('%s names it and says what to pass', (name, call) => {
    expect(() => call(untyped('smartcode-913'))).toThrow(new TypeError(`${name}: model "smartcode-913" is a model's id, not its profile: pass twin.model or findModel("smartcode-913")`));
    expect(() => call(untyped(undefined))).toThrow(new TypeError(`${name}: model undefined is no model profile: pass twin.model or findModel(id)`));
    expect(() => call(untyped({ id: 'smartcode-913' }))).toThrow(new TypeError(`${name}: model an object is no model profile: pass twin.model or findModel(id)`));
    expect(() => call(findModel('powerbolt-2')!)).not.toThrow();
  });
});
