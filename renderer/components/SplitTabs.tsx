import { useRef, type KeyboardEvent } from 'react';
import { SPLITS, type Split } from '../state/split';

const LABELS: Record<Split, string> = { public: 'Public', internal: 'Internal', all: 'All' };

export function tabId(split: Split): string {
  return `tab-${split}`;
}

export const TAB_PANEL_ID = 'events-panel';

interface SplitTabsProps {
  split: Split;
  /** Rows per tab; null where the counts would not describe what the view shows (the compare view counts its own). */
  counts: Readonly<Record<Split, number>> | null;
  onChange(split: Split): void;
}

/** The Public / Internal / All tabs (ARIA tablist: arrow keys, Home and End move and select). */
export function SplitTabs({ split, counts, onChange }: SplitTabsProps) {
  const buttons = useRef(new Map<Split, HTMLButtonElement>());
  const select = (next: Split) => {
    onChange(next);
    buttons.current.get(next)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = SPLITS.indexOf(split);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: SPLITS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(SPLITS[(target + SPLITS.length) % SPLITS.length]!);
  };
  return (
    <div className="tabs" role="tablist" aria-label="Event tables" onKeyDown={onKeyDown}>
      {SPLITS.map((value, i) => (
        <button
          key={value}
          ref={(node) => {
            if (node) buttons.current.set(value, node);
            else buttons.current.delete(value);
          }}
          type="button"
          role="tab"
          id={tabId(value)}
          aria-selected={value === split}
          aria-controls={TAB_PANEL_ID}
          tabIndex={value === split ? 0 : -1}
          className="tab"
          title={`Ctrl+${i + 1}`}
          onClick={() => onChange(value)}
        >
          {LABELS[value]}
          {counts && (
            <>
              {' '}
              <span className="tab-count">{counts[value]}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
