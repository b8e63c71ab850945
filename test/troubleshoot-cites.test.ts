// What the troubleshooter cites beside its words: a fact a model's profile gives as assumed,
// inferred or unverified is cited so, not as if the model's own guide said it (the 264's lockout
// is the SmartCode's, product-facts M4, taken over — its profile says "assumed"), while the
// model's own sources such a note names beside another model's are cited as its own (the 620's
// G3); and one citation names each source once ("product-facts M15, M13, M10", not
// "product-facts M15, M13; product-facts M10").
import { describe, expect, it } from 'vitest';
import { findModel, MODELS } from '../src/models/index.ts';
import { sourceCite } from '../src/troubleshoot/procedure-kit.ts';
import { isOwnRef } from '../src/troubleshoot/own-cite.ts';
import { addCodeSequence, isUnavailable } from '../src/troubleshoot/keypad-sequences.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { Twin } from '../src/twin/twin.ts';

const model = (id: string) => findModel(id)!;

describe('sourceCite', () => {
  it('cites a model\'s own guide as it stands', () => {
    expect(sourceCite(model('powerbolt-250'), 'signals.lockout', 'signals.jammed')).toBe('product-facts M9; the beeps: assumed');
    expect(sourceCite(model('powerbolt-250'), 'signals.jammed')).toBe('product-facts M9');
  });

  it('says a reference that is not the model\'s own document is borrowed, though its profile does not', () => {
    // The 913's lockout signal is the 909's table (M4); the 913's own page for it is S4.
    expect(model('smartcode-913').sources['signals.lockout']).not.toMatch(/^assumed:/);
    expect(sourceCite(model('smartcode-913'), 'signals.lockout')).toBe('product-facts S4; assumed from product-facts M4');
  });

  it('says a fact taken over from another model is assumed', () => {
    const p = model('powerbolt-264');
    expect(p.sources['signals.lockout']).toMatch(/^assumed:/);
    expect(sourceCite(p, 'signals.lockout', 'lockout')).toBe('assumed from product-facts M4');
  });

  it('says an unverified source is unverified', () => {
    const p = model('powerbolt-264');
    expect(p.sources['signals.resetDone']).toMatch(/^unverified:/);
    // S5 quotes a 264 answer; M11 is the Powerbolt 2's guide, borrowed.
    // Its green flash no source gives: owned up to in the profile's words.
    expect(sourceCite(p, 'signals.resetDone')).toBe('unverified product-facts S5; the green flash: assumed; assumed from product-facts M11');
  });

  it('reads the Home Connect 620\'s own Z-Wave document G3, named in an assumed note for what it does give, as its own', () => {
    const p = model('homeconnect-620');
    expect(p.sources['reset.confirmPress']).toMatch(/^assumed: .*\bG3\b/);
    expect(sourceCite(p, 'reset.confirmPress')).toBe('product-facts G3; assumed from product-facts K1');
    expect(sourceCite(p, 'signals.resetDone')).toBe('product-facts G3, M8; assumed from product-facts K1');
  });

  it('leaves a note that names only the model\'s own sources assumed from them: the 910\'s code accepted, as the 909\'s guide M15 gives it', () => {
    expect(sourceCite(model('smartcode-910'), 'signals.codeAccepted')).toBe('assumed from product-facts M15');
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s: an assumed note that takes another model\'s source reads the model\'s own among its references as own', (_id, m) => {
    const REF = /K-mirror|S-greenyplace|§\d+|\b[KMGS]\d+\b/g;
    for (const [key, text] of Object.entries(m.sources)) {
      if (!/^(assumed|inferred):/.test(text)) continue;
      const refs = text.split(';').flatMap((clause) => clause.split(/\b(?=seed\b|product-facts\b)/)).filter((part) => !part.trim().startsWith('seed')).flatMap((part) => part.match(REF) ?? []);
      if (refs.every((r) => isOwnRef(m, r))) continue;
      const clauses = sourceCite(m, key).split('; ');
      const marked = clauses.filter((c) => /^(assumed|inferred) from product-facts /.test(c)).join('; ');
      const plain = clauses.filter((c) => /^product-facts /.test(c)).join('; ');
      for (const r of refs) {
        const at = new RegExp(`(^|[\\s,])${r}(?=$|[\\s,;])`);
        if (isOwnRef(m, r)) expect({ key, ref: r, plain: at.test(plain), marked: at.test(marked) }).toEqual({ key, ref: r, plain: true, marked: false });
        else expect({ key, ref: r, plain: at.test(plain), marked: at.test(marked) }).toEqual({ key, ref: r, plain: false, marked: true });
      }
    }
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s: no qualified source is cited bare', (_id, m) => {
    for (const [key, text] of Object.entries(m.sources)) {
      const cite = sourceCite(m, key);
      if (/^(assumed|inferred|unverified):/.test(text) && cite !== '') expect(cite, key).toMatch(/(^|; )(assumed from|inferred from|unverified) /);
    }
  });
});

describe('a keypad step\'s citation', () => {
  it.each(MODELS.map((m) => [m.id, m] as const))('%s: names each source once', (_id, m) => {
    // A model whose code is printed on its tag ('tag') is given a tag's digits, as a twin's `tag` holds them.
    const admin = m.defaults.adminCode === 'tag' ? Twin.create(m.id).tag : m.defaults.adminCode || null;
    const seq = addCodeSequence(m, admin, '2468', 2);
    if (isUnavailable(seq)) return;
    for (const s of seq) {
      const sources = s.cite.split(';').map((g) => g.trim().split(' ')[0]);
      expect(new Set(sources).size, s.cite).toBe(sources.length);
    }
  });
});

describe('decode\'s advice', () => {
  it('a 264\'s lockout is cited as assumed from the SmartCode\'s guide', () => {
    expect(adviceFor(model('powerbolt-264'), 'lockout').cite).toBe('assumed from product-facts M4');
  });
});
