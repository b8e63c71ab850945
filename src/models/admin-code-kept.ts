// Whether a model's admin code can ever be absent. On the programming-code menu family the menu
// changes the programming code and never clears it ("Enter a new PC. It must be between 4 and 10
// digits", product-facts §7; firmware/programming-menu.ts refuses an empty one), so a model that
// ships with one and gets one back at a reset always has one: the 275 (its tag's code, then
// 0-0-0-0, seed S12), the Powerbolt 264 and its 92640-001 (0-0-0-0, product-facts S5) and the
// Powerbolt 2 (its Mastercode 0-0-0-0, M11, M12). The 955 and Powerbolt 250 ship without one
// (K5, M9), the Mastercode family can turn its Mastercode off (product-facts S14), and the positional
// models have none (M15). The store rules, the doctor's questions and a twin's given all ask here.
import type { ModelProfile } from './profile.ts';

/** Whether model `p`'s admin code is always set (its firmware never holds a sound store without one). */
export function adminCodeAlwaysSet(p: ModelProfile): boolean {
  return p.programming === 'programming-code-menu' && p.defaults.adminCode !== '' && p.defaults.adminCodeAfterReset !== '';
}

/** Where model `p`'s admin code comes from, in a person's words: "0000 out of the box and after a reset". */
export function adminCodeOrigin(p: ModelProfile): string {
  const { adminCode, adminCodeAfterReset } = p.defaults;
  if (adminCode === adminCodeAfterReset) return `${adminCode} out of the box and after a reset`;
  const box = adminCode === 'tag' ? 'the code on its programming tag' : adminCode;
  return `${box} out of the box, ${adminCodeAfterReset} after a reset`;
}
