import { Modal } from './Modal';
import { shortcutGroups } from './shortcuts';

interface ShortcutSheetProps {
  platform: string;
  host: 'electron' | 'browser';
  onClose(): void;
  returnFocusTo: HTMLElement | null;
}

/** Every keyboard shortcut, opened with F1, ? or Help → Keyboard shortcuts. */
export function ShortcutSheet({ platform, host, onClose, returnFocusTo }: ShortcutSheetProps) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} returnFocusTo={returnFocusTo} className="help-dialog">
      {shortcutGroups(platform, host).map((group) => (
        <section key={group.title} className="shortcut-group" aria-label={group.title}>
          <h3>{group.title}</h3>
          <dl className="shortcut-list">
            {group.keys.map((entry) => (
              <div key={entry.action} className="shortcut-row">
                <dt>
                  {entry.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{entry.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
