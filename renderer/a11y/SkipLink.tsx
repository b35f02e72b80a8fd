/**
 * "Skip to table" (or to the comparison): the page's first Tab stop, visible when focused. Past the toolbar and the sidebar (a folder of
 * sixteen files and forty modules made the grid the 69th Tab stop) straight into the view.
 */
export function SkipLink({ target, label, onSkip }: { target: string; label: string; onSkip(): void }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        // The hash holds the view state (useViewState): move the focus without navigating.
        event.preventDefault();
        onSkip();
      }}
    >
      {label}
    </a>
  );
}
