// `lockstep identify --json` (seed S13) prints the matches as one array on standard output, as
// ever; the lines the text prints beside them — what is described that no model or every model
// has, a feature said both ways, what follows a model number and is not read, the models ruled
// out — go to standard error in the same words, so the array keeps its shape and the notes are
// not lost.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identifyCommand, EXIT_NO_MATCH } from '../src/cli/identify-command.ts';

function json(text: string): { out: string[]; err: string[]; code: number } {
  const out: string[] = [];
  const err: string[] = [];
  const code = identifyCommand(text, true, (l) => out.push(l), (l) => err.push(stripVTControlCharacters(l)));
  return { out, err, code };
}

describe('identify --json: the notes on standard error, the array unchanged', () => {
  it.each([
    ['SmartCode 913 with Wi-Fi', 'No model lockstep knows has Wi-Fi.', 0],
    ['no Wi-Fi', 'No model lockstep knows has Wi-Fi.', EXIT_NO_MATCH],
    ['Program button', 'Every model lockstep knows has a Program button; only an assumed value says so of powerbolt-264, powerbolt-92640-001, powerbolt-2.', EXIT_NO_MATCH],
    ['SmartCode 916, Z-Wave, no Z-Wave', '"Z-Wave" and "no Z-Wave" contradict each other: neither is used; to correct one, say "I mean" before the right one.', 0],
    ['5 buttons, no, 10 buttons', '"5 buttons" was corrected to "10 buttons": the earlier is not used.', 0],
    ['914TRL-15', '"TRL", "15" after 914: not read — no source lockstep knows says what they mean.', 0],
    ['it has a Z-Wave sticker and 5 buttons', 'Ruled out by "5 buttons": smartcode-914, smartcode-916.', 0],
  ])('%s', (text, line, code) => {
    const r = json(text);
    expect(r.code).toBe(code);
    expect(r.out).toHaveLength(1);
    expect(Array.isArray(JSON.parse(r.out[0]))).toBe(true);
    expect(r.err).toContain(line);
  });

  it('says a number that is none of ours there too', () => {
    const r = json('SmartCode 888');
    expect(r.code).toBe(EXIT_NO_MATCH);
    expect(r.err[0]).toMatch(/^No model is numbered "888"\./);
    expect((JSON.parse(r.out[0]) as { strength: string }[]).every((f) => f.strength === 'possible')).toBe(true);
  });

  it('says nothing on standard error where the text prints no note', () => {
    const r = json('916');
    expect(r.err).toEqual([]);
    expect((JSON.parse(r.out[0]) as { id: string }[]).map((f) => f.id)).toEqual(['smartcode-916']);
  });
});
