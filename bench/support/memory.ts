/** Memory at rest: heapUsed and rss after a full collection, so figures are live data, not garbage. */
import v8 from 'node:v8';
import vm from 'node:vm';
import { round, MIB } from './stats.js';

export interface MemoryFigures {
  heapUsedMiB: number;
  rssMiB: number;
}

/** A real GC when one can be had: --expose-gc (run-all passes it), or switched on at run time (same V8 flag). */
function findGc(): { gc: (() => void) | null; how: string } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return { gc: exposed, how: '--expose-gc' };
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    return { gc, how: 'v8.setFlagsFromString("--expose-gc")' };
  } catch {
    return { gc: null, how: 'not available: memory figures include garbage not yet collected' };
  }
}

const found = findGc();

/** How the collection was obtained, for the report. */
export const gcSource = found.how;

export function memoryAtRest(): MemoryFigures {
  // Twice: the first pass can leave objects whose finalizers free more.
  found.gc?.();
  found.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsedMiB: round(heapUsed / MIB), rssMiB: round(rss / MIB) };
}
