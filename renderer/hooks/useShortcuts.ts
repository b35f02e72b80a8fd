import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AppCommand } from '../../electron/shared/api';
import { commandForKey } from '../../electron/shared/shortcuts';

/** Runs `onCommand` for the app's keyboard shortcuts anywhere in the window (the same keys as the desktop menu's). */
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
