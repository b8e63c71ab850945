// Kwikset's support pages written for every SmartCode deadbolt rather than one model: the factory
// reset "on my Signature Series or SmartCode deadbolt" (product-facts K1) and "the switches and
// colors for my SmartCode deadbolt" (K3). Product-facts lists them under §1 (913/914), but their
// titles name the line, so each profile sold as a SmartCode counts them among its own documents
// (profile `documentedBy`); the Home Connect 620 and the Powerbolts only borrow them.

export const SMARTCODE_DEADBOLT_PAGES: readonly string[] = ['K1', 'K3'];
