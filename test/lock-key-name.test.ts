// Every step names the confirm key as the model's keypad draws it (web/src/keypad-layout.ts, from
// the profile): Lock, Kwikset, or "✓ Lock" on the 916, whose touchscreen's checkmark and Lock
// symbol are one key on the twin (product-facts M7) — never "Press Lock" beside a key drawn
// "✓ Lock". The 916's delete names the guide's two symbols one by one (M7), as its guide does.
import { describe, expect, it } from 'vitest';
import { MODELS, findModel } from '../src/models/index.ts';
import type { ModelProfile, SignalName } from '../src/models/profile.ts';
import { examineSymptom } from '../src/troubleshoot/doctor.ts';
import { SYMPTOMS } from '../src/troubleshoot/symptoms.ts';
import { adviceFor } from '../src/troubleshoot/advice.ts';
import { handingHowTo } from '../src/troubleshoot/handing-how-to.ts';
import { keypadLayout } from '../web/src/keypad-layout.ts';

/** The key words a text names the confirm key by: "press Lock", "then Kwikset", "hold ✓ Lock", "…), Lock,". */
const KEY_NAMED = /(?:[Pp]ress|hold|[Tt]hen|go of|,)\s+(?:the exterior\s+)?((?:✓ )?(?:Lock|Kwikset))\b(?! symbol)/g;

function keyNames(text: string): string[] {
  return [...text.matchAll(KEY_NAMED)].map((m) => m[1]);
}

/** Every step of every plan the doctor prescribes for the model, from each symptom. */
function stepTexts(m: ModelProfile): string[] {
  return SYMPTOMS.flatMap((s) => examineSymptom(m, s.id, {}).plan.steps.map((st) => st.says));
}

describe('the confirm key is named as it is drawn', () => {
  it('on a 916: "Press ✓ Lock.", never "Press Lock."', () => {
    const m = findModel('smartcode-916')!;
    expect(keypadLayout(m).lock.label).toBe('✓ Lock');
    const texts = stepTexts(m);
    expect(texts).toContain('Press ✓ Lock.');
    for (const t of texts) expect(t).not.toMatch(/[Pp]ress Lock\b(?! symbol)/);
  });

  it.each(MODELS.map((m) => [m.id]))('%s: in every step, the decoder\'s advice and the handing how-to', (id) => {
    const m = findModel(id)!;
    const drawn = keypadLayout(m).lock.label;
    const texts = [...stepTexts(m), ...(Object.keys(m.signals) as SignalName[]).map((n) => adviceFor(m, n).todo), handingHowTo(m).how];
    const named = texts.flatMap(keyNames);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(name, texts.find((t) => keyNames(t).includes(name))).toBe(drawn);
  });
});
