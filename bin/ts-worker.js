// Worker threads do not inherit tsx's loader from the thread that starts them: this plain-JS
// entry registers it, then runs the TypeScript module named in workerData.entry (the model
// checker's exploration workers, src/check/exploration-pool.ts; the benchmark's isolated
// measurements, bench/fresh-isolate.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
