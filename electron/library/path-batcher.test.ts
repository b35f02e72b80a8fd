import { describe, expect, it } from 'vitest';
import { PathBatcher } from './path-batcher.js';

function batches(debounceMs: number, maxWaitMs: number) {
  const flushed: Map<string, number>[] = [];
  let notify: (() => void) | null = null;
  const batcher = new PathBatcher<number>(debounceMs, maxWaitMs, (batch) => {
    flushed.push(batch);
    notify?.();
  });
  const nextFlush = () => new Promise<void>((resolve) => (notify = resolve));
  return { batcher, flushed, nextFlush };
}

describe('PathBatcher', () => {
  it('turns a burst of events into one batch, one entry per path, keeping the latest value', async () => {
    const { batcher, flushed, nextFlush } = batches(20, 1000);
    const flush = nextFlush();
    for (let i = 0; i < 100; i++) batcher.add(`/f/${i % 7}.txt`, i);
    await flush;
    expect(flushed).toHaveLength(1);
    expect([...flushed[0]!.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => `/f/${n}.txt`));
    expect(flushed[0]!.get('/f/0.txt')).toBe(98);
  });

  it('starts a new batch after a flush, and clear() drops what was pending', async () => {
    const { batcher, flushed, nextFlush } = batches(10, 1000);
    let flush = nextFlush();
    batcher.add('/a', 1);
    await flush;
    batcher.add('/dropped', 2);
    batcher.clear();
    flush = nextFlush();
    batcher.add('/b', 3);
    await flush;
    expect(flushed.map((batch) => [...batch.keys()])).toEqual([['/a'], ['/b']]);
  });
});
