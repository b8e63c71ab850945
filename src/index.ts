// lockstep as a library: what a program — lock-management software under test, a test suite, a
// harness — imports to drive a twin of a Kwikset SmartCode / Powerbolt keypad deadbolt in its own
// process (`import { Twin } from 'lockstep'`). The same firmware, hardware and virtual time as
// the command line; nothing here reads the wall clock, and a twin is replayable from its seed.
// Built to JavaScript with type declarations by `npm run build:lib` (tsconfig.lib.json); the
// README's "Use it from code" shows each part.

// Built into dist/ in a git checkout of lockstep: a warning, once, when src/ has changed since
// the build, naming the command that rebuilds it (stale-library-build.ts).
import { warnIfStaleBuild } from './stale-library-build.ts';
warnIfStaleBuild(import.meta.url);

// The twin: create one for a model, apply physical actions, read what it did and what it holds.
export { Twin, PRESS_MS, KEY_GAP_MS, NothingShownError, type TwinOptions, type Action, type StoreView, type TwinSnapshot, type PowerEntry } from './twin/twin.ts';
export { VirtualTimeError, ClockLimitError } from './sim/kernel.ts';
export { lockState, type LockState } from './twin/lock-state.ts';
export { checkSnapshot, SnapshotError } from './twin/snapshot-check.ts';
export { TwinOptionsError } from './twin/twin-options.ts';
export { checkAction, ActionError } from './twin/action-check.ts';
export { hashTrace, type TraceChannel } from './sim/trace.ts';
// A trace entry narrowed by its channel: an `event` entry's value is a LockEvent, and so on.
export type { LockTraceEntry as TraceEntry, LedEntry, BeepEntry, BoltEntry } from './twin/trace-entry.ts';
export type { LockEvent } from './firmware/io.ts';
export { EVENT_TYPES, type EventType } from './firmware/events.ts';
export { EVENT_WHYS, type EventWhy } from './firmware/event-why.ts';
// An event's `source` and `handed` as the firmware's own words, for a program's switch over them.
export type { FwMode, EventSource, Learned } from './firmware/state.ts';
export type { Handing } from './hardware/door.ts';
export type { ButtonKey } from './hardware/buttons.ts';

// The models (seed S13: which lock is this?).
export { MODELS, findModel } from './models/index.ts';
export type { ModelProfile } from './models/profile.ts';
export { identify, type Identification } from './models/identify.ts';

// The manuals' keypad sequences, done on a twin with each answer checked.
export { addCodeSequence, deleteCodeSequence, deleteAllSequence, setAdminSequence, menuHandingSequence, isUnavailable, type Sequence } from './troubleshoot/keypad-sequences.ts';
export { codeEntryActions, type ProcedureStep } from './troubleshoot/procedure-kit.ts';
export { enterCode } from './troubleshoot/enter-code.ts';
export { perform, UnavailableSequenceError, type Performance, type PerformedStep } from './troubleshoot/perform-sequence.ts';
export type { ExpectFailure } from './scenario/expect-check.ts';
export type { Expectation } from './scenario/types.ts';

// Scenarios: the YAML files `lockstep run` runs.
export { parseScenario, loadScenarioFile } from './scenario/load.ts';
export { runScenario, type RunResult, type RunOptions } from './scenario/run.ts';
export type { StepReport, StepFailure } from './scenario/stepper.ts';
export { ScenarioError, type Scenario } from './scenario/types.ts';

// Decoding what a lock shows (seed S7, S24, S25).
export { parseSignalText, type Observation } from './troubleshoot/signal-text.ts';
export { decodeObservation, bestMatches, signalsForMeaning, type SignalMatch, type MeaningMatch } from './troubleshoot/decode.ts';
export { readLitDigits, type ScreenReading } from './troubleshoot/screen-reading.ts';
export { readStatusBlink, type StatusReading } from './troubleshoot/status-reading.ts';

// The model checker, in this thread (the command line's `check` runs it on worker threads).
export { checkModel, type ModelCheck, type PropertyVerdict, type Verdict, type CheckOptions } from './check/run-check.ts';
export { defaultScope, type CheckScope } from './check/scope.ts';
