/**
 * How long the HTTP adapter waits before asking again for a change stream the host turned away. The host is
 * played by an EventSource (the adapter's injection point) that every try gets closed, as the real one is after
 * an HTTP error; the real stream and host are tested together in Chromium (electron/serve/stream-reconnect.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpApi } from './http-adapter';

/** Every stream is refused: closed with an error right after it is made, as EventSource does on a 503. */
function refusingEventSource(opened: number[]): typeof EventSource {
  class Refused extends EventTarget {
    readyState = 0;
    constructor(readonly url: string) {
      super();
      opened.push(Date.now());
      // After the adapter has added its listeners, and at the same fake moment: the gaps are the adapter's waits.
      queueMicrotask(() => {
        this.readyState = 2;
        this.dispatchEvent(new Event('error'));
      });
    }
    close(): void {
      this.readyState = 2;
    }
  }
  return Refused as unknown as typeof EventSource;
}

/** Milliseconds between one try and the next. */
const gaps = (times: number[]): number[] => times.slice(1).map((time, i) => time - times[i]!);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('reopening a refused change stream', () => {
  it('waits twice as long after each refusal, up to the cap it was given', async () => {
    const opened: number[] = [];
    const api = createHttpApi({ baseUrl: 'http://127.0.0.1:1', token: 't', EventSource: refusingEventSource(opened), reconnectDelayMs: 100, maxReconnectDelayMs: 400 });
    const stop = api.onChange(() => undefined);
    await vi.advanceTimersByTimeAsync(3_000);
    stop();
    expect(opened.length).toBeGreaterThanOrEqual(7);
    expect(gaps(opened).slice(0, 6)).toEqual([100, 200, 400, 400, 400, 400]);
  });

  it('by default starts at 5 s and stops doubling at a minute', async () => {
    const opened: number[] = [];
    const api = createHttpApi({ baseUrl: 'http://127.0.0.1:1', token: 't', EventSource: refusingEventSource(opened) });
    const stop = api.onChange(() => undefined);
    await vi.advanceTimersByTimeAsync(5_000 + 10_000 + 20_000 + 40_000 + 60_000 + 60_000 + 1);
    stop();
    expect(gaps(opened)).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000]);
  });

  it('asks no more once nobody listens', async () => {
    const opened: number[] = [];
    const api = createHttpApi({ baseUrl: 'http://127.0.0.1:1', token: 't', EventSource: refusingEventSource(opened), reconnectDelayMs: 100 });
    const stop = api.onChange(() => undefined);
    await vi.advanceTimersByTimeAsync(150);
    stop();
    const before = opened.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(before).toBe(2);
    expect(opened.length).toBe(before);
  });
});
