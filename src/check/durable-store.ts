// The store a boot would load from a two-bank EEPROM image, spelled out as one string (seed S5:
// the newest good bank wins, store-codec.ts newestStore): what the power-cut campaign and the
// checker's torn-write probe compare before a write, as written, and after a cut.

import { newestStore, oneTimeSlotOf, usersDisabledOf, type StoreImage } from '../firmware/store-codec.ts';

/** durableStore() of bytes no boot can trust. */
export const UNTRUSTED_STORE = 'an untrusted store';
const BLANK = 'a blank store (factory defaults)';

function describe(img: StoreImage): string {
  const codes = img.codes.map((c, i) => (c === '' ? '' : `${i + 1}:${c}`)).filter((c) => c !== '');
  const disabled = usersDisabledOf(img.flags) ? ', users disabled' : '';
  const oneTime = oneTimeSlotOf(img.flags);
  const once = oneTime < 0 ? '' : `, one-time code in slot ${oneTime + 1}`;
  return `store ok (mastercode ${img.adminCode || 'none'}, codes [${codes.join(' ')}], handed ${img.handed}${disabled}${once})`;
}

/** The store a boot would load from these bytes, as one string. */
export function durableStore(bytes: Uint8Array, capacity: number): string {
  const { image, blank } = newestStore(bytes, capacity);
  if (image) return describe(image);
  return blank ? BLANK : UNTRUSTED_STORE;
}
