export const SIDEBAR_TOGGLE_ID = 'sidebar-toggle';

/** Shows or hides the Sources/filters sidebar (its state is remembered: useSidebar). */
export function SidebarToggle({ open, controls, onToggle }: { open: boolean; controls: string; onToggle(): void }) {
  return (
    <button
      type="button"
      id={SIDEBAR_TOGGLE_ID}
      className="button sidebar-toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      title={open ? 'Hide sidebar' : 'Show sidebar'}
    >
      <span aria-hidden="true">{open ? '⟨ ' : '☰ '}</span>
      {/* Hidden from sight (not from screen readers) where the toolbar is narrow: the arrow/☰ stays. */}
      <span className="sidebar-toggle-label">{open ? 'Hide sidebar' : 'Show sidebar'}</span>
    </button>
  );
}
