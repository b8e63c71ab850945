// Whether the keys a snapshot's firmware reads as down (firmware.keyMask) are the contacts held
// closed that reach it (buttons.held; seed S14: a key registers once its contact has settled).
// Power-up reads every contact that reaches the firmware (firmware.ts powerUp); after that a key's
// bit changes only as the key settles, to the level its contact then has (settleKey); and a
// contact changes only with an edge (hardware/buttons.ts down, up, and setExteriorLinked for the
// keypad keys as the exterior's cable is pulled or plugged in), which names the key settling
// (keyEdge) and, naming another, settles the one before at once. So while the firmware runs,
// every key but the one settling (firmware.debounceKey) is read as its contact reaches it: held
// closed, and on the exterior keypad only while the cable is plugged in (hardware/buttons.ts
// reachingKeys). Off, power-down clears the mask (snapshot-off.ts). A mask that disagrees,
// restored, would hold Program down no finger holds, or never see the release of a key let go.

import { BUTTON_KEYS, keyBit, reachingKeys, type ButtonKey } from '../hardware/buttons.ts';
import type { FitProblem } from './snapshot-fit.ts';
import type { TwinSnapshot } from './twin.ts';

/** Why `snap`'s firmware reads a key other than its contact, or null. */
export function keysProblem(snap: TwinSnapshot): FitProblem | null {
  const fw = snap.firmware;
  if (fw.mode === 'off') return null; // power-down clears it: snapshot-off.ts
  const linked = snap.buttons.exteriorLinked !== false;
  const reaching = snap.buttons.held & reachingKeys(linked);
  const settling = fw.debounceKey === '' ? 0 : keyBit(fw.debounceKey as ButtonKey);
  const differ = (fw.keyMask ^ reaching) & ~settling;
  if (differ === 0) return null;
  const key = BUTTON_KEYS.find((k) => (differ & keyBit(k)) !== 0)!;
  const bit = keyBit(key);
  const held = (snap.buttons.held & bit) !== 0;
  const contact = !held ? 'its contact is open (buttons.held)' : 'its contact is held closed (buttons.held)';
  const said = (fw.keyMask & bit) !== 0 ? `"${key}" read as down, but ${held ? 'its contact, held closed (buttons.held), does not reach the firmware: the exterior is unplugged (buttons.exteriorLinked false)' : contact}` : `"${key}" read as up, but ${contact}`;
  const other = fw.debounceKey === '' ? 'no key is settling' : `only "${fw.debounceKey}" is settling`;
  return { field: 'firmware.keyMask', message: `${said}, and ${other} (firmware.debounceKey): the firmware reads a key as its contact settles` };
}
