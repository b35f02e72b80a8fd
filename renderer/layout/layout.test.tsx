/** The collapsible sidebar: hidden and shown with its toggle, and the choice remembered for the next session. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { corpusText } from '../test-support/corpus';
import { createMemoryHost } from '../test-support/memoryHost';
import { SIDEBAR_KEY } from './useSidebar';
import { SIDEBAR_WIDTH_KEY } from './sidebarWidth';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  window.localStorage.clear();
});

function start() {
  const host = createMemoryHost('/home/user/docs', { 'ko.html': corpusText('real', 'ko_3.9.4_html') });
  render(<App api={host.api} />);
  return host;
}

describe('the sidebar', () => {
  it('hides and shows with its toggle, and remembers the choice', async () => {
    const user = userEvent.setup();
    start();
    await screen.findByRole('navigation', { name: 'Sources' });
    const toggle = screen.getByRole('button', { name: 'Hide sidebar' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)?.getAttribute('aria-label')).toBe('Sources and filters');

    await user.click(toggle);
    expect(screen.queryByRole('navigation', { name: 'Sources' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Show sidebar' }).getAttribute('aria-expanded')).toBe('false');
    expect(window.localStorage.getItem(SIDEBAR_KEY)).toBe('closed');

    cleanup();
    start();
    await screen.findByRole('grid', { name: 'Audit events' });
    expect(screen.queryByRole('navigation', { name: 'Sources' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show sidebar' }));
    expect(await screen.findByRole('navigation', { name: 'Sources' })).toBeTruthy();
    expect(window.localStorage.getItem(SIDEBAR_KEY)).toBe('open');
  });

  it('resizes from its edge with the keyboard, remembers the width, and hides on Enter', async () => {
    const user = userEvent.setup();
    start();
    await screen.findByRole('navigation', { name: 'Sources' });
    const handle = screen.getByRole('separator', { name: 'Resize sidebar' });
    expect(handle.getAttribute('aria-valuenow')).toBe('17.5');
    expect(handle.getAttribute('aria-controls')).toBe('sidebar');
    const app = handle.closest('.app') as HTMLElement;
    expect(app.style.getPropertyValue('--sidebar-width')).toBe('17.5rem');

    handle.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(handle.getAttribute('aria-valuenow')).toBe('19.5');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(handle.getAttribute('aria-valuenow')).toBe('15.5');
    expect(handle.getAttribute('aria-valuetext')).toBe('15.5 rem wide');
    expect(app.style.getPropertyValue('--sidebar-width')).toBe('15.5rem');
    await user.keyboard('{Home}');
    expect(handle.getAttribute('aria-valuenow')).toBe('12');
    await user.keyboard('{End}');
    expect(handle.getAttribute('aria-valuenow')).toBe('40');
    expect(window.localStorage.getItem(SIDEBAR_WIDTH_KEY)).toBe('40');

    cleanup();
    start();
    const again = await screen.findByRole('separator', { name: 'Resize sidebar' });
    expect(again.getAttribute('aria-valuenow')).toBe('40');

    again.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('navigation', { name: 'Sources' })).toBeNull();
    expect(screen.queryByRole('separator', { name: 'Resize sidebar' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show sidebar' }));
    await user.click(screen.getByRole('button', { name: 'Show sidebar' }));
    expect(screen.getByRole('separator', { name: 'Resize sidebar' }).getAttribute('aria-valuenow')).toBe('40');
  });
});
