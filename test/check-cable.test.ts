// The cable exploration (src/check/actions.ts cableActions; S8/S9 with the exterior's cable,
// product-facts M5, M6): the interior's reset gesture, the cable and the pack, and time — no
// keypad, door or key — so that a reset begun by replugging the exterior is in reach. Seed S8, S9.
import { describe, expect, it } from 'vitest';
import { actionsFor } from '../src/check/actions.ts';
import { explore, explorationsOf, propertiesOf } from '../src/check/explore.ts';
import { defaultDepth, defaultScope } from '../src/check/scope.ts';
import { findModel, MODELS } from '../src/models/index.ts';

const labelsOf = (modelId: string) => {
  const model = findModel(modelId)!;
  return actionsFor('cable', model, defaultScope(model)).map((a) => a.label);
};

describe('the cable exploration', () => {
  it('holds Program, pulls and plugs the cable, pulls and puts back the pack, lets time run; nothing else', () => {
    expect(labelsOf('smartcode-913')).toEqual([
      'press program',
      'hold program',
      'release program',
      'exterior disconnected',
      'exterior connected',
      'battery out',
      'battery in',
      'tick',
    ]);
  });

  it('holds the Reset button too where the model has one', () => {
    expect(labelsOf('powerbolt-264')).toContain('hold reset');
    expect(labelsOf('powerbolt-264')).toContain('release reset');
  });

  it('proves S8/S9 alone, on every model', () => {
    for (const model of MODELS) {
      expect(propertiesOf(model, 'cable')).toEqual(['S8/S9']);
      expect(explorationsOf(model)).toContain('cable');
    }
  });

  it('our firmware passes it on the SmartCode 916, whose unplugged exterior beeps every second, to its default depth', () => {
    const model = findModel('smartcode-916')!;
    const r = explore(model, defaultScope(model), 'cable');
    expect(r.found).toEqual([]);
    expect(r.maxDepth).toBe(defaultDepth(model).cable);
    expect(r.truncated).toBe('depth');
  });
});
