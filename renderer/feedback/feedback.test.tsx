/**
 * Changes while watching, on real parsed files pushed the way the library pushes them: marked in Sources for a
 * while, and counted in "N changes since you looked" until clicked.
 */
import { act, cleanup, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { corpusText } from '../test-support/corpus';
import { createMemoryHost } from '../test-support/memoryHost';
import { useRecentChanges } from './useRecentChanges';

const ROOT = '/home/user/docs';
const KO = corpusText('real', 'ko_3.9.4_html');
const JA = corpusText('seeds', '001_');

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});

describe('changes while watching', () => {
  it('marks a new, a changed and a broken file in Sources, and counts them until the note is clicked', async () => {
    const host = createMemoryHost(ROOT, { 'ko.html': KO });
    const user = userEvent.setup();
    render(<App api={host.api} />);
    const sources = await screen.findByRole('navigation', { name: 'Sources' });
    expect(screen.queryByRole('button', { name: /since you looked/ })).toBeNull();

    act(() => host.write('ja.txt', JA));
    const added = await within(sources).findByRole('button', { name: /ja\.txt/ });
    expect(added.className).toContain('is-added');
    expect(within(added).getByText('new')).toBeTruthy();
    expect((await screen.findByRole('button', { name: /since you looked/ })).textContent).toBe('1 change since you looked (1 added)');

    // Cut off before any table: the file is listed with its problem, marked failing.
    act(() => host.write('ko.html', KO.slice(0, 400)));
    const broken = within(sources).getByRole('button', { name: /ko\.html/ });
    await waitFor(() => expect(broken.className).toContain('is-failing'));
    expect(within(broken).getByText('failing')).toBeTruthy();
    const note = screen.getByRole('button', { name: /since you looked/ });
    expect(note.textContent).toBe('2 changes since you looked (1 added, 1 failing)');

    act(() => host.remove('ja.txt'));
    await waitFor(() => expect(note.textContent).toBe('3 changes since you looked (1 added, 1 failing, 1 removed)'));

    await user.click(note);
    expect(screen.queryByRole('button', { name: /since you looked/ })).toBeNull();
  });

  it('opening another folder starts over', async () => {
    const host = createMemoryHost(ROOT, { 'ko.html': KO });
    render(<App api={host.api} />);
    await screen.findByRole('navigation', { name: 'Sources' });
    act(() => host.write('ja.txt', JA));
    await screen.findByRole('button', { name: /since you looked/ });
    act(() => host.command('reload'));
    await waitFor(() => expect(screen.queryByRole('button', { name: /since you looked/ })).toBeNull());
  });

  it('a mark goes after its time; the count stays', async () => {
    const host = createMemoryHost(ROOT, { 'ko.html': KO });
    const { result } = renderHook(() => useRecentChanges(host.api, 30));
    act(() => host.write('ja.txt', JA));
    expect(result.current.highlights.get('0:ja.txt')).toBe('added');
    await waitFor(() => expect(result.current.highlights.size).toBe(0));
    expect(result.current.unseen.added).toBe(1);
    act(() => result.current.markSeen());
    expect(result.current.unseen.added).toBe(0);
  });
});
