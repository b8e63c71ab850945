// Worker threads do not inherit tsx's loader from the parent: this plain-JS entry registers it,
// then runs the TypeScript module named in workerData.entry (used by ./isolated-measure.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
