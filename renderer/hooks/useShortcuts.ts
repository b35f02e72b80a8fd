import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AppCommand } from '../../electron/shared/api';

/** Ctrl (Cmd on macOS) + key → the menu command it stands for, so keys and menus share one handler. */
const SHORTCUTS: Readonly<Record<string, AppCommand>> = {
  f: 'focus-search',
  e: 'export-csv',
  o: 'open-folder',
  '1': 'tab-public',
  '2': 'tab-internal',
  '3': 'tab-all',
};

export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): AppCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  return SHORTCUTS[event.key.toLowerCase()] ?? null;
}

/** Runs `onCommand` for the app's keyboard shortcuts anywhere in the window. */
export function useShortcuts(onCommand: (command: AppCommand) => void): void {
  const handler = useRef(onCommand);
  useLayoutEffect(() => {
    handler.current = onCommand;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      handler.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
