/** The shared limit on archive members examined at once. */
import { describe, expect, it } from 'vitest';
import { MemberSlots } from './member-slots.js';

describe('MemberSlots', () => {
  it('lets `size` holders in, queues the rest in order, and hands each released slot to the next', async () => {
    const slots = new MemberSlots(2);
    const entered: number[] = [];
    const holders = [1, 2, 3, 4].map((n) => slots.acquire().then(() => entered.push(n)));
    await Promise.all(holders.slice(0, 2));
    await Promise.resolve();
    expect(entered).toEqual([1, 2]);

    slots.release();
    await holders[2];
    expect(entered).toEqual([1, 2, 3]);
    slots.release();
    await holders[3];
    expect(entered).toEqual([1, 2, 3, 4]);

    // All four give back: two slots free again, taken at once.
    slots.release();
    slots.release();
    await slots.acquire();
    await slots.acquire();
    let third = false;
    void slots.acquire().then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
  });
});
