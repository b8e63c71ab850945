// Identifying a lock (seed S13) by the style a source names for it: the Weiser SmartCode 5, the
// Canadian 909, in Contemporary (product-facts M15) and Traditional (M16); the 916 in Traditional
// (M5, its guide's title); the SmartCode/Contemporary 275 (seed S12). A style is matched against
// each profile's `look.styles`, not against the words of a name: "contemporary" is the 275 and the
// 909 alike, while "Contemporary 275" still names the 275.
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { identify } from '../src/models/identify.ts';
import { identifyCommand } from '../src/cli/identify-command.ts';
import { MODELS } from '../src/models/index.ts';

const best = (text: string) => {
  const found = identify(text);
  return found.filter((f) => f.score === found[0]?.score).map((f) => f.model.id).sort();
};
const ids = (text: string) => identify(text).map((f) => f.model.id).sort();

describe('identify: a style put in words', () => {
  it.each(['contemporary', 'Contemporary style', 'a contemporary looking one'])('%s: the 275 and the 909, equally', (text) => {
    expect(ids(text)).toEqual(['smartcode-275', 'smartcode-909']);
    expect(best(text)).toEqual(['smartcode-275', 'smartcode-909']);
  });

  it.each(['traditional', 'Traditional style'])('%s: the 909 (M16) and the 916 (M5), equally', (text) => {
    expect(ids(text)).toEqual(['smartcode-909', 'smartcode-916']);
    expect(best(text)).toEqual(['smartcode-909', 'smartcode-916']);
  });

  it('adds the style to what is named: "Contemporary 275" is still the 275 alone', () => {
    expect(ids('Contemporary 275')).toEqual(['smartcode-275']);
    expect(ids('Contemporary Electronic Deadbolt')).toEqual(['smartcode-275']);
    expect(best('traditional touch screen')).toEqual(['smartcode-916']);
    expect(best('Weiser SmartCode 5 Contemporary')).toEqual(['smartcode-909']);
  });

  it('says the style was described', () => {
    const lines: string[] = [];
    expect(identifyCommand('traditional', false, (l) => lines.push(l))).toBe(0);
    expect(lines.map((l) => stripVTControlCharacters(l)).find((l) => l.startsWith('smartcode-909'))).toMatch(/best match \(described: Traditional style\)$/);
  });

  it('cites the source of every style it names, and names none where no source does', () => {
    for (const m of MODELS) {
      if (m.look.styles.length) expect(m.sources['look.styles'], m.id).toMatch(/product-facts M|seed S/);
      else expect(m.sources['look.styles'], m.id).toMatch(/^unknown/);
    }
    const styled = MODELS.filter((m) => m.look.styles.length).map((m) => m.id).sort();
    expect(styled).toEqual(['smartcode-275', 'smartcode-909', 'smartcode-916']);
  });
});
