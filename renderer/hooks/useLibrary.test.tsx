/**
 * A snapshot that comes in parts (the browser adapter's streamed snapshot): the app shows the first file at once,
 * says that more are coming, and the whole snapshot replaces it; if the rest never comes, the partial is taken
 * away and the failure shown. The host is the in-memory one on real corpus files; its getSnapshot() is held and
 * hands out a partial the way the HTTP adapter does (the adapter's own streaming is tested in Chromium against the
 * real host: electron/serve/browser-adapter.test.ts).
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocTableApi } from '../../electron/shared/api';
import type { LibrarySnapshot } from '../../electron/shared/library-types';
import { App } from '../App';
import { corpusText } from '../test-support/corpus';
import { createMemoryHost } from '../test-support/memoryHost';

afterEach(() => {
  cleanup();
});

interface HeldSnapshot {
  api: DocTableApi;
  whole: LibrarySnapshot;
  finish(): void;
  fail(message: string): void;
}

/** The host's API with getSnapshot() held: the first file as a partial at once, the whole when finish() is called. */
function heldSnapshot(): HeldSnapshot {
  const host = createMemoryHost('/home/user/docs', { 'a.txt': corpusText('seeds', '000_'), 'b.txt': corpusText('seeds', '001_') });
  const whole = host.snapshot();
  let settle: { resolve(snapshot: LibrarySnapshot): void; reject(error: Error): void } | null = null;
  const api: DocTableApi = {
    ...host.api,
    getSnapshot: (options) =>
      new Promise<LibrarySnapshot>((resolve, reject) => {
        settle = { resolve, reject };
        options?.onPartial?.({ ...whole, files: whole.files.slice(0, 1), loading: { done: 1, total: whole.files.length } });
      }),
  };
  return {
    api,
    whole,
    finish: () => settle!.resolve(whole),
    fail: (message) => settle!.reject(new Error(message)),
  };
}

const sourceNames = (): string[] =>
  within(screen.getByRole('navigation', { name: 'Sources' }))
    .getAllByRole('button')
    .map((button) => button.textContent ?? '')
    .filter((text) => /\.txt/.test(text));

describe('a snapshot that comes in parts', () => {
  it('shows the first file with how many are coming, then the whole library', async () => {
    const held = heldSnapshot();
    expect(held.whole.files).toHaveLength(2);
    render(<App api={held.api} />);
    await screen.findByRole('navigation', { name: 'Sources' });
    expect(screen.getByRole('status').textContent).toBe('Reading 1 of 2…');
    expect(sourceNames().join(' ')).toMatch(/a\.txt/);
    expect(sourceNames().join(' ')).not.toMatch(/b\.txt/);
    await act(async () => held.finish());
    expect(sourceNames().join(' ')).toMatch(/b\.txt/);
    expect(screen.getByRole('status').textContent).not.toMatch(/Reading/);
  });

  it('takes the partial away and shows the failure when the rest never comes', async () => {
    const held = heldSnapshot();
    render(<App api={held.api} />);
    await screen.findByRole('navigation', { name: 'Sources' });
    await act(async () => held.fail('The snapshot ended after 1 of its 2 files.'));
    expect(screen.queryByRole('navigation', { name: 'Sources' })).toBeNull();
    expect(screen.getByText('Could not load the library: The snapshot ended after 1 of its 2 files.')).toBeTruthy();
  });
});
