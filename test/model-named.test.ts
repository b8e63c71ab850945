// A model named on the command line by its id or by what is printed on the lock (seed S13):
// modelNamed takes only an exact, unique naming, and every --model option goes through it.
import { describe, expect, it } from 'vitest';
import { MODELS } from '../src/models/index.ts';
import { modelNamed } from '../src/models/model-named.ts';
import { lockstep } from './cli-run.ts';

describe('modelNamed', () => {
  it('takes every model by its id, its name and each identifier that is its alone', () => {
    for (const m of MODELS) {
      expect(modelNamed(m.id).model?.id).toBe(m.id);
      expect(modelNamed(m.id.toUpperCase()).model?.id).toBe(m.id);
      expect(modelNamed(` ${m.id} `).model?.id).toBe(m.id);
    }
    expect(modelNamed('913').model?.id).toBe('smartcode-913');
    expect(modelNamed('SmartCode 913').model?.id).toBe('smartcode-913');
    expect(modelNamed('smartcode913').model?.id).toBe('smartcode-913');
    expect(modelNamed('914').model?.id).toBe('smartcode-914');
    expect(modelNamed('275').model?.id).toBe('smartcode-275');
    expect(modelNamed('92640-001').model?.id).toBe('powerbolt-92640-001');
    expect(modelNamed('Powerbolt 250').model?.id).toBe('powerbolt-250');
    // A number spelt out names the model as its digits do.
    expect(modelNamed('SmartCode five').model?.id).toBe('smartcode-909');
  });

  it('names the candidates when the text fits several models equally', () => {
    const r = modelNamed('264');
    expect(r.model).toBeUndefined();
    expect(r.problem).toBe('"264" fits 2 models: powerbolt-264, powerbolt-92640-001; give one of those ids');
  });

  it('takes no loose likeness for a choice, and says how to find the model', () => {
    for (const loose of ['Powerbolt', 'SmartCode', '91', 'smartcode-000', '']) {
      const r = modelNamed(loose);
      expect(r.model, loose).toBeUndefined();
    }
    expect(modelNamed('smartcode-000').problem).toMatch(/^unknown model "smartcode-000" \(known: smartcode-913, .*\); `lockstep identify TEXT` finds yours$/);
  });
});

describe('--model on the command line', () => {
  it('decode, repl, check and doctor take the number printed on the lock', () => {
    const decoded = lockstep('decode', '--model', '275', 'red x3');
    expect(decoded.code).toBe(0);
    expect(decoded.out).toMatch(/^SmartCode \/ Contemporary 275 · you said: red ×3/);
    const repl = lockstep('repl', '--model', 'Powerbolt 250');
    expect(repl.code).toBe(0);
    expect(repl.out).toMatch(/lockstep repl — powerbolt-250 \(Powerbolt 250\)/);
    const doctor = lockstep('doctor', '--model', '913', '--symptom', 'beeps-wont-unlock', '--answers', 'led=green', '--json');
    expect(doctor.code).toBe(0);
    expect(JSON.parse(doctor.out).report.model.id).toBe('smartcode-913');
  });

  it('exits 2 naming the candidates for an ambiguous number, in every command', () => {
    for (const args of [['decode', '--model', '264', 'red'], ['repl', '--model', '264'], ['check', '--model', '264'], ['check', '--power-cut-campaign', '--model', '264'], ['practice-reset', '--model', '264']]) {
      const r = lockstep(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toContain('"264" fits 2 models: powerbolt-264, powerbolt-92640-001');
    }
  });
});
