// Starts the parser worker from its TypeScript source (vitest, tsx, the serve host): loader hooks registered
// in the main thread do not reach worker threads, so the worker registers tsx itself, then loads the source.
// The built app runs dist/electron/parse-worker.cjs instead (see parse-pool.ts).
import { register } from 'tsx/esm/api';

register();
await import(new URL('./parse-worker.ts', import.meta.url).href);
