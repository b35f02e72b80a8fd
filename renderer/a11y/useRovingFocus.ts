import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

export interface RovingFocus {
  /** 0 for the one item Tab reaches, -1 for the rest. */
  tabIndexFor(key: string): 0 | -1;
  /** Give each item's element: the arrow keys move the focus to it. */
  itemRef(key: string): (node: HTMLElement | null) => void;
  /** Remember the focused item (a click or a programmatic focus moves the Tab stop too). */
  onItemFocus(key: string): void;
  /** On the list: ↑/↓ (or ←/→ with `horizontal`), Home, End. */
  onKeyDown(event: KeyboardEvent): void;
}

const MOVES_VERTICAL: Readonly<Record<string, 'next' | 'previous' | 'first' | 'last'>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * One Tab stop for a list of items, arrow keys inside (WAI-ARIA "roving tabindex"): a keyboard user passes a
 * 40-entry module list with one Tab instead of forty. The Tab stop stays on the item last focused; when that
 * item leaves the list, the first item takes it.
 */
export function useRovingFocus(keys: readonly string[]): RovingFocus {
  const [current, setCurrent] = useState<string | null>(null);
  const nodes = useRef(new Map<string, HTMLElement>());
  const active = current !== null && keys.includes(current) ? current : (keys[0] ?? null);

  const focusKey = useCallback((key: string | undefined) => {
    if (key === undefined) return;
    setCurrent(key);
    nodes.current.get(key)?.focus();
  }, []);

  return {
    tabIndexFor: (key) => (key === active ? 0 : -1),
    itemRef: (key) => (node) => {
      if (node) nodes.current.set(key, node);
      else nodes.current.delete(key);
    },
    onItemFocus: (key) => setCurrent(key),
    onKeyDown: (event) => {
      const move = MOVES_VERTICAL[event.key];
      if (move === undefined || keys.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      const at = active === null ? 0 : keys.indexOf(active);
      const target = { next: Math.min(at + 1, keys.length - 1), previous: Math.max(at - 1, 0), first: 0, last: keys.length - 1 }[move];
      focusKey(keys[target]);
    },
  };
}
