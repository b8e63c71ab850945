// The seed claims that are about one model (seed-claims.md "Models": S11 the Powerbolt 250's
// keypad delete, S12 the 275's programming tag, S14 the 92640-001's stiff keypad), and the models
// each concerns. A citation on any other model does not pass such a claim off as its own
// (troubleshoot/own-cite.ts).

/** Seed claim → the ids of the models it concerns. A claim not listed concerns every model. */
export const SEED_CLAIM_MODELS: Readonly<Record<string, readonly string[]>> = {
  S11: ['powerbolt-250'],
  S12: ['smartcode-275'],
  S14: ['powerbolt-92640-001'],
};

/** Whether seed claim `claim` ("S12", "S19–S23") concerns model `id`. */
export function seedClaimConcerns(claim: string, id: string): boolean {
  const models = SEED_CLAIM_MODELS[claim];
  return models === undefined || models.includes(id);
}
