import type { KeyboardEvent } from 'react';

/**
 * Keeps Tab inside a modal dialog: from its last focusable element Tab goes to the first, Shift+Tab from the first to
 * the last. `selector` says what counts as focusable in that dialog. Other keys are left alone.
 */
export function wrapTabFocus(event: KeyboardEvent, container: HTMLElement | null, selector: string): void {
  if (event.key !== 'Tab') return;
  const focusable = container?.querySelectorAll<HTMLElement>(selector);
  if (!focusable || focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
