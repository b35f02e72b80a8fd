/** The toolbar's More panel: the folded controls, Escape back to More, a button acts and closes the panel. */
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

describe('the toolbar’s More panel', () => {
  it('holds the folded controls; Escape returns to More; a button in it acts and closes it', async () => {
    const user = userEvent.setup();
    const host = createMemoryHost('/home/user/docs', { 'ko.html': corpusText('real', 'ko_3.9.4_html') });
    render(<App api={host.api} />);
    await screen.findByRole('grid', { name: 'Audit events' });
    const more = screen.getByRole('button', { name: 'More' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    const panel = screen.getByRole('group', { name: 'More actions' });
    expect(more.getAttribute('aria-controls')).toBe(panel.id);
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Open folder…' }));
    for (const name of ['Samples', 'Reload', 'Keyboard shortcuts', 'About DocTable Explorer']) expect(within(panel).getByRole('button', { name })).toBeTruthy();
    const bom = within(panel).getByRole('checkbox', { name: 'BOM' }) as HTMLInputElement;
    const wasChecked = bom.checked;
    await user.click(bom);
    // A checkbox keeps the panel open, and is the same setting as the inline one.
    expect(screen.getByRole('group', { name: 'More actions' })).toBe(panel);
    expect(screen.getAllByRole('checkbox', { name: 'BOM' }).every((box) => (box as HTMLInputElement).checked === !wasChecked)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'More actions' })).toBeNull();
    expect(document.activeElement).toBe(more);

    await user.click(more);
    await user.click(within(screen.getByRole('group', { name: 'More actions' })).getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'More actions' })).toBeNull();
  });
});
