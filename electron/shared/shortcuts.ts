/**
 * The app's keyboard shortcuts, in one table that the desktop menu (its accelerators), the page's own key handler
 * (the browser host has no menu) and the shortcut sheet all read: a key cannot mean one thing in the menu and another
 * in the page. Accelerators use Electron's syntax so the menu can take them as they are.
 */
import type { AppCommand } from './api.js';

export interface Shortcut {
  command: AppCommand;
  /** Electron accelerator syntax: `CmdOrCtrl+Shift+1`, `F1`. */
  accelerator: string;
  /** Whether the page answers the key itself. Reload stays the host's (Ctrl+R reloads a browser page anyway); F1 has its own handler. */
  inPage: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'open-folder', accelerator: 'CmdOrCtrl+O', inPage: true },
  { command: 'open-file', accelerator: 'CmdOrCtrl+Shift+O', inPage: true },
  { command: 'reload', accelerator: 'CmdOrCtrl+R', inPage: false },
  { command: 'export-csv', accelerator: 'CmdOrCtrl+E', inPage: true },
  { command: 'focus-search', accelerator: 'CmdOrCtrl+F', inPage: true },
  { command: 'view-table', accelerator: 'CmdOrCtrl+1', inPage: true },
  { command: 'view-compare', accelerator: 'CmdOrCtrl+2', inPage: true },
  { command: 'view-versions', accelerator: 'CmdOrCtrl+3', inPage: true },
  { command: 'tab-public', accelerator: 'CmdOrCtrl+Shift+1', inPage: true },
  { command: 'tab-internal', accelerator: 'CmdOrCtrl+Shift+2', inPage: true },
  { command: 'tab-all', accelerator: 'CmdOrCtrl+Shift+3', inPage: true },
  { command: 'show-shortcuts', accelerator: 'F1', inPage: false },
];

export function acceleratorFor(command: AppCommand): string | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.command === command)?.accelerator;
}

interface ParsedAccelerator {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(accelerator: string): ParsedAccelerator {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('CmdOrCtrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

/** What a key press carries (the fields of a DOM KeyboardEvent this module reads; shared code has no DOM types). */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The key an accelerator names, as this event typed it: digits by their physical key (Shift+1 types "!" or "&"), letters by the layout's character. */
function sameKey(event: KeyLike, key: string): boolean {
  if (/^\d$/.test(key)) return event.code === `Digit${key}` || event.code === `Numpad${key}`;
  return event.key.toLowerCase() === key.toLowerCase();
}

/** The command a key press stands for in the page, or null. */
export function commandForKey(event: KeyLike): AppCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  for (const shortcut of SHORTCUTS) {
    if (!shortcut.inPage) continue;
    const wanted = parse(shortcut.accelerator);
    if (wanted.mod === mod && wanted.shift === event.shiftKey && wanted.alt === event.altKey && sameKey(event, wanted.key)) return shortcut.command;
  }
  return null;
}

/** How the shortcut sheet writes an accelerator: "Ctrl+Shift+1" on Windows and Linux, "⌘+Shift+1" on macOS. */
export function displayAccelerator(accelerator: string, platform: string): string {
  return accelerator.replace('CmdOrCtrl', platform === 'darwin' ? '⌘' : 'Ctrl');
}
