/**
 * Keyboard access on real parsed files: the skip link is the first Tab stop and lands in the grid; the module list
 * and the Public/Internal/All tabs are one Tab stop each, with arrow keys inside.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { corpusText } from '../test-support/corpus';
import { createMemoryHost, type Folder } from '../test-support/memoryHost';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});

const FILES: Folder = {
  'ko.html': corpusText('real', 'ko_3.9.4_html'),
  'zh-tw.html': corpusText('real', 'zh-tw_3.12.4_html'),
  'seed-pt.txt': corpusText('seeds', '000_'),
  'seed-ja.txt': corpusText('seeds', '001_'),
};

async function start() {
  const host = createMemoryHost('/home/user/docs', FILES);
  const user = userEvent.setup();
  render(<App api={host.api} />);
  await screen.findByRole('navigation', { name: 'Sources' });
  await screen.findByRole('grid', { name: 'Audit events' });
  return { host, user };
}

function moduleBoxes(): HTMLInputElement[] {
  return within(screen.getByRole('group', { name: /Modules/ })).getAllByRole('checkbox') as HTMLInputElement[];
}

describe('keyboard access', () => {
  it('the first Tab stop is "Skip to table", and Enter on it puts the focus in the grid', async () => {
    const { user } = await start();
    document.body.focus();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to table' });
    expect(document.activeElement).toBe(skip);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('grid', { name: 'Audit events' }));
    // The view state in the address is untouched by the skip.
    expect(window.location.hash).not.toBe('#events-panel');
  });

  it('in the compare view the skip link goes to the view itself', async () => {
    const { user } = await start();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await screen.findByRole('tablist', { name: 'Compare' }, { timeout: 15_000 });
    screen.getByRole('link', { name: 'Skip to the comparison' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('tabpanel', { name: /Public/ }));
  });

  it('the module list is one Tab stop with arrow keys inside; Space ticks the focused module', async () => {
    const { user } = await start();
    // The facet lists render a frame after the grid (useDeferredValue).
    await waitFor(() => expect(moduleBoxes().length).toBeGreaterThan(0));
    const boxes = moduleBoxes();
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.filter((box) => box.tabIndex === 0)).toHaveLength(1);
    expect(boxes[0]!.tabIndex).toBe(0);

    boxes[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(moduleBoxes()[2]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(moduleBoxes().at(-1));
    await user.keyboard('{Home}{ArrowDown}');
    const second = moduleBoxes()[1]!;
    expect(document.activeElement).toBe(second);
    await user.keyboard(' ');
    await waitFor(() => expect((moduleBoxes().find((box) => box === document.activeElement) ?? second).checked).toBe(true));
    // The Tab stop moved with the focus: leaving and coming back lands on the same module.
    expect(moduleBoxes().filter((box) => box.tabIndex === 0)).toEqual([document.activeElement]);
    await user.tab();
    expect(moduleBoxes()).not.toContain(document.activeElement);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(moduleBoxes().find((box) => box.tabIndex === 0));
  });

  it('the tabs are one Tab stop: the selected tab', async () => {
    await start();
    const tabs = within(screen.getByRole('tablist', { name: 'Event tables' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });
});
