import { useEffect, useLayoutEffect, useRef } from 'react';

/** Where "?" is a character being typed, not a request for help. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/** True for F1 anywhere, and for "?" outside text fields. */
export function isHelpKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key === 'F1') return true;
  return event.key === '?' && !isTextEntry(event.target);
}

/** Calls `onHelp` for F1 and "?" (see isHelpKey) anywhere in the window. */
export function useHelpKeys(onHelp: () => void): void {
  const handler = useRef(onHelp);
  useLayoutEffect(() => {
    handler.current = onHelp;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isHelpKey(event)) return;
      // F1 would otherwise open the browser's own help page.
      event.preventDefault();
      handler.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
