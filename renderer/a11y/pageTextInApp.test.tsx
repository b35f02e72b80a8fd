/** The table's page text carries its file's language and dir="auto"; code stays left to right (issue 14). */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { corpusText } from '../test-support/corpus';
import { createMemoryHost } from '../test-support/memoryHost';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('page text in the table and the details', () => {
  it('marks argument and reference cells with the page language, and events as left-to-right code', async () => {
    const user = userEvent.setup();
    const host = createMemoryHost('/home/user/docs', { 'ko.html': corpusText('real', 'ko_3.9.4_html') });
    render(<App api={host.api} />);
    const grid = await screen.findByRole('grid', { name: 'Audit events' });
    const row = (await within(grid).findAllByRole('row')).find((candidate) => candidate.classList.contains('grid-body-row'))!;
    const args = row.querySelector('[data-column="args"] .args')!;
    expect(args.getAttribute('lang')).toBe('ko');
    expect(args.getAttribute('dir')).toBe('auto');
    const event = row.querySelector('[data-column="event"] code')!;
    expect(event.getAttribute('dir')).toBe('ltr');
    expect(event.closest('[dir="auto"]')!.getAttribute('lang')).toBe('ko');

    await user.click(row);
    const details = await screen.findByRole('region', { name: event.textContent! });
    expect(within(details).getByRole('heading').querySelector('code')!.getAttribute('dir')).toBe('ltr');
    const chips = within(details).queryAllByRole('button').filter((button) => button.classList.contains('chip'));
    for (const chip of chips) {
      const text = chip.querySelector('[dir="auto"]')!;
      expect(text.getAttribute('lang')).toBe('ko');
    }
    // The panel's own labels are the app's (English), not the page's.
    expect(details.closest('[lang="ko"]')).toBeNull();
  });
});
