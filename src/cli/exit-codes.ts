// The CLI's documented exit codes (README "CLI").
export const EXIT_OK = 0;
/** A scenario ran, and an expectation did not hold. */
export const EXIT_EXPECTATION_FAILED = 1;
/** An input could not be accepted: a malformed scenario, an unknown model, a bad option. */
export const EXIT_BAD_INPUT = 2;
/** lockstep itself failed: a bug; please report it with the seed. */
export const EXIT_INTERNAL = 3;
/** `check --require-complete`: no property failed, but the search did not cover the whole scope. */
export const EXIT_INCOMPLETE = 4;
