import { describe, expect, it } from 'vitest';
import { APP_COMMANDS } from './api.js';
import { SHORTCUTS, acceleratorFor, commandForKey, displayAccelerator, type KeyLike } from './shortcuts.js';

const press = (init: Partial<KeyLike>) =>
  commandForKey({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init });

describe('the shared shortcut table', () => {
  it('gives each key one command and names only real commands', () => {
    const accelerators = SHORTCUTS.map((shortcut) => shortcut.accelerator);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const shortcut of SHORTCUTS) expect(APP_COMMANDS).toContain(shortcut.command);
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.command)).size).toBe(SHORTCUTS.length);
  });

  it('maps Ctrl/Cmd+digit to the views and Ctrl/Cmd+Shift+digit to the tabs, whatever Shift+digit types on the layout', () => {
    expect(press({ key: '2', code: 'Digit2', ctrlKey: true })).toBe('view-compare');
    expect(press({ key: '3', code: 'Numpad3', metaKey: true })).toBe('view-versions');
    // US layout types "@" for Shift+2, French "2" with Shift on the digit row's other side: the physical key decides.
    expect(press({ key: '@', code: 'Digit2', ctrlKey: true, shiftKey: true })).toBe('tab-internal');
    expect(press({ key: '&', code: 'Digit1', ctrlKey: true, shiftKey: true })).toBe('tab-public');
    expect(press({ key: '1', code: 'Digit1' })).toBeNull();
    expect(press({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true })).toBeNull();
  });

  it('reads letters by the character the layout types, and leaves host-only keys to the host', () => {
    expect(press({ key: 'F', code: 'KeyF', ctrlKey: true })).toBe('focus-search');
    expect(press({ key: 'o', code: 'KeyO', ctrlKey: true, shiftKey: true })).toBe('open-file');
    expect(press({ key: 'o', code: 'KeyO', ctrlKey: true })).toBe('open-folder');
    expect(press({ key: 'r', code: 'KeyR', ctrlKey: true })).toBeNull();
    expect(press({ key: 'F1', code: 'F1' })).toBeNull();
  });

  it('writes accelerators for the platform', () => {
    expect(displayAccelerator(acceleratorFor('tab-all')!, 'darwin')).toBe('⌘+Shift+3');
    expect(displayAccelerator(acceleratorFor('export-csv')!, 'linux')).toBe('Ctrl+E');
    expect(acceleratorFor('show-about')).toBeUndefined();
  });
});
