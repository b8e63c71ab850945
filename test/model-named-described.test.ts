// A model named on the command line (seed S13) is named by what is printed on it — an id, a name,
// an identifier — never by a look described: two descriptions together ("Z-Wave five buttons",
// "contemporary traditional") score as much as a name in `identify`, yet name no model for
// `--model`, where a loose likeness is never taken for a choice.
import { describe, expect, it } from 'vitest';
import { modelNamed } from '../src/models/model-named.ts';

describe('modelNamed: a described look names no model', () => {
  it.each(['Z-Wave five buttons', 'contemporary traditional', 'reset button two digits per button', 'traditional Lock button touch screen'])('%s', (text) => {
    const r = modelNamed(text);
    expect(r.model).toBeUndefined();
    expect(r.problem).toContain('unknown model');
  });

  it('still takes a name beside a description', () => {
    expect(modelNamed('Contemporary 275').model?.id).toBe('smartcode-275');
    expect(modelNamed('Contemporary Electronic Deadbolt').model?.id).toBe('smartcode-275');
    expect(modelNamed('SmartCode 916 (touchscreen, Z-Wave)').model?.id).toBe('smartcode-916');
  });
});
