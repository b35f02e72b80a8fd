/**
 * The application menu. Built as a plain template from callbacks (no Electron at runtime), so tests can
 * check every item, accelerator and the command it sends; main.ts turns it into a native Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/api.js';
import { acceleratorFor } from '../shared/shortcuts.js';

export interface MenuActions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools only outside a packaged app. */
  isPackaged: boolean;
  /** Sends `app:command` to the renderer, which runs it (it owns the view state and the export data). */
  send(command: AppCommand): void;
  openSamples(): void;
  openDocs(): void;
  /** Folders and files opened lately, newest first (File → Open Recent). */
  recentPaths?: readonly string[];
  openRecent?(path: string): void;
  clearRecent?(): void;
}

/** A menu item that sends `name`, with the key the shared shortcut table gives it (the page answers the same key). */
function command(label: string, name: AppCommand, actions: MenuActions): MenuItemConstructorOptions {
  const accelerator = acceleratorFor(name);
  return { label, ...(accelerator === undefined ? {} : { accelerator }), click: () => actions.send(name) };
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = actions.platform === 'darwin';
  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('Open Folder…', 'open-folder', actions),
      command('Open File…', 'open-file', actions),
      {
        label: 'Open Recent',
        submenu: [
          ...(actions.recentPaths ?? []).map((recent) => ({ label: recent, click: () => actions.openRecent?.(recent) })),
          ...((actions.recentPaths ?? []).length > 0 ? [{ type: 'separator' } as const] : []),
          { label: 'Clear Recent', enabled: (actions.recentPaths ?? []).length > 0, click: () => actions.clearRecent?.() },
        ],
      },
      { label: 'Open Sample Tables', click: () => actions.openSamples() },
      { type: 'separator' },
      command('Reload', 'reload', actions),
      command('Export CSV…', 'export-csv', actions),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Table', 'view-table', actions),
      command('Compare', 'view-compare', actions),
      command('Versions', 'view-versions', actions),
      { type: 'separator' },
      command('Public Events', 'tab-public', actions),
      command('Internal Events', 'tab-internal', actions),
      command('All Events', 'tab-all', actions),
      { type: 'separator' },
      command('Find', 'focus-search', actions),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'togglefullscreen' },
      ...(actions.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      command('Keyboard Shortcuts', 'show-shortcuts', actions),
      { label: 'Audit Events Table on docs.python.org', click: () => actions.openDocs() },
      ...(mac ? [] : [{ type: 'separator' } as const, command(`About ${actions.appName}`, 'show-about', actions)]),
    ],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: actions.appName,
    submenu: [
      command(`About ${actions.appName}`, 'show-about', actions),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  // The Edit menu gives copy/paste/select-all their shortcuts in the search box (macOS needs the menu for it).
  const editMenu: MenuItemConstructorOptions = { role: 'editMenu' };
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
