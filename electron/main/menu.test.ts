import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_COMMANDS, type AppCommand } from '../shared/api.js';
import { SHORTCUTS } from '../shared/shortcuts.js';
import { buildMenuTemplate, type MenuActions } from './menu.js';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menuFor(platform: NodeJS.Platform, isPackaged = true) {
  const sent: AppCommand[] = [];
  const calls: string[] = [];
  const actions: MenuActions = {
    platform,
    appName: 'DocTable Explorer',
    isPackaged,
    send: (command) => sent.push(command),
    openSamples: () => calls.push('samples'),
    openDocs: () => calls.push('docs'),
  };
  const items = flatten(buildMenuTemplate(actions));
  const click = (label: string): void => {
    const item = items.find((candidate) => candidate.label === label);
    if (item?.click === undefined) throw new Error(`no clickable item ${label}`);
    (item.click as () => void)();
  };
  return { items, sent, calls, click };
}

describe('application menu', () => {
  it('has the file, view and help items with their accelerators', () => {
    const { items } = menuFor('linux');
    const accelerators = Object.fromEntries(items.filter((item) => item.accelerator).map((item) => [item.label, item.accelerator]));
    expect(accelerators).toMatchObject({
      'Open Folder…': 'CmdOrCtrl+O',
      'Open File…': 'CmdOrCtrl+Shift+O',
      Reload: 'CmdOrCtrl+R',
      'Export CSV…': 'CmdOrCtrl+E',
      Table: 'CmdOrCtrl+1',
      Compare: 'CmdOrCtrl+2',
      Versions: 'CmdOrCtrl+3',
      'Public Events': 'CmdOrCtrl+Shift+1',
      'Internal Events': 'CmdOrCtrl+Shift+2',
      Find: 'CmdOrCtrl+F',
    });
    expect(new Set(Object.values(accelerators)).size).toBe(Object.values(accelerators).length);
  });

  it('gives each command the key the page answers to (one shared table, so the menu and the page cannot disagree)', () => {
    const { items, sent, click } = menuFor('linux');
    for (const shortcut of SHORTCUTS) {
      const item = items.find((candidate) => candidate.accelerator === shortcut.accelerator);
      expect(item?.label, shortcut.accelerator).toBeDefined();
      sent.length = 0;
      click(item!.label!);
      expect(sent).toEqual([shortcut.command]);
    }
  });

  it('sends every app command from some item, and the right one', () => {
    const { items, sent, click } = menuFor('win32');
    for (const item of items) if (item.click && item.label && !/docs|Sample/.test(item.label)) click(item.label);
    expect([...sent].sort()).toEqual([...APP_COMMANDS].sort());
    const single = menuFor('linux');
    single.click('Export CSV…');
    single.click('Internal Events');
    expect(single.sent).toEqual(['export-csv', 'tab-internal']);
  });

  it('opens the docs page, the samples, and the About box and the shortcut sheet', () => {
    const { calls, sent, click } = menuFor('linux');
    click('Audit Events Table on docs.python.org');
    click('Open Sample Tables');
    click('About DocTable Explorer');
    click('Keyboard Shortcuts');
    expect(calls).toEqual(['docs', 'samples']);
    expect(sent).toEqual(['show-about', 'show-shortcuts']);
  });

  it('lists recent folders under File → Open Recent, opens one, and clears them', () => {
    const opened: string[] = [];
    let cleared = 0;
    const items = flatten(
      buildMenuTemplate({
        platform: 'linux',
        appName: 'DocTable Explorer',
        isPackaged: true,
        send: () => undefined,
        openSamples: () => undefined,
        openDocs: () => undefined,
        recentPaths: ['/home/me/docs', '/srv/build'],
        openRecent: (recent) => opened.push(recent),
        clearRecent: () => cleared++,
      }),
    );
    const recent = items.find((item) => item.label === 'Open Recent');
    const labels = (recent?.submenu as MenuItemConstructorOptions[]).map((item) => item.label ?? item.type);
    expect(labels).toEqual(['/home/me/docs', '/srv/build', 'separator', 'Clear Recent']);
    (items.find((item) => item.label === '/srv/build')?.click as () => void)();
    (items.find((item) => item.label === 'Clear Recent')?.click as () => void)();
    expect(opened).toEqual(['/srv/build']);
    expect(cleared).toBe(1);
    expect(menuFor('linux').items.find((item) => item.label === 'Clear Recent')?.enabled).toBe(false);
  });

  it('follows the platform: an app menu on macOS, Quit under File elsewhere', () => {
    const mac = menuFor('darwin');
    expect(mac.items[0]?.label).toBe('DocTable Explorer');
    expect(mac.items.find((item) => item.label === '&File')?.submenu).not.toContainEqual({ role: 'quit' });
    const linux = menuFor('linux');
    expect(linux.items[0]?.label).toBe('&File');
    expect(linux.items.find((item) => item.label === '&File')?.submenu).toContainEqual({ role: 'quit' });
  });

  it('offers developer tools only outside a packaged app', () => {
    expect(menuFor('linux', true).items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(menuFor('linux', false).items.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});
