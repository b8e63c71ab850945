// The look at a battery pack that is not giving its volts, in one set of words for every telling
// (the doctor's re-seat of batteries changed recently, procedures.ts; decode's low-battery readings
// after new batteries, fresh-pack-advice.ts): each cell the right way round and the contacts sound
// — no source names either as a cause (assumed) — and the cells alkaline, not rechargeable: the
// twin's pack is four alkaline AA cells (hardware/battery.ts), and four rechargeable cells give
// about 4.8 V, which is already the lock's low-battery threshold (product-facts G4); no source
// names the cell type, and the rechargeable cell's volts are assumed.

/** Each cell's way round and the contacts, as the owner looks at them. */
export const CELLS_AND_CONTACTS = "every cell the right way round (its + end to the pack's + mark), the contacts clean and springy, not bent, loose or corroded";

/** No source names the contacts or a cell fitted the wrong way round as a cause of a dead lock. */
export const CONTACTS_ASSUMED = "the contacts and the cells' way round as a cause: assumed";

/** The cells in the pack (four AA; hardware/battery.ts), as a number and in words. */
const PACK_CELLS = 4;
const PACK_CELLS_WORD = 'four';
/** A rechargeable (NiMH) AA cell's volts (assumed: no source names the cell type). */
const RECHARGEABLE_CELL_VOLTS = 1.2;

/** The cell type, as the owner checks it: alkaline, not rechargeable, and why. */
export const ALKALINE_NOT_RECHARGEABLE = `the cells are alkaline, not rechargeable: ${PACK_CELLS_WORD} rechargeable cells give only about ${(PACK_CELLS * RECHARGEABLE_CELL_VOLTS).toFixed(1)} V`;

/** The cell type's reason rests on an assumed cell voltage. */
export const CELL_TYPE_ASSUMED = "rechargeable cells' volts: assumed";
