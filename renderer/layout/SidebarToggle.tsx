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
    >
      <span aria-hidden="true">{open ? '⟨ ' : '☰ '}</span>
      {open ? 'Hide sidebar' : 'Show sidebar'}
    </button>
  );
}
