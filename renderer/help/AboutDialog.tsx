import type { HostInfo } from '../../electron/shared/api';
import type { SourceFile } from '../../electron/shared/library-types';
import { AUDIT_EVENTS_DOCS_URL } from '../../electron/shared/web-policy';
import { Modal } from './Modal';

const PSF_LICENSE_URL = 'https://docs.python.org/3/license.html';

interface AboutDialogProps {
  host: HostInfo | null;
  /** The files shown now: bundled samples carry where each one was taken from. */
  files: readonly SourceFile[];
  openLink(url: string): void;
  onClose(): void;
  returnFocusTo: HTMLElement | null;
}

function LinkOut({ url, openLink, children }: { url: string; openLink(url: string): void; children: string }) {
  return (
    <a
      href={url}
      onClick={(event) => {
        event.preventDefault();
        openLink(url);
      }}
    >
      {children}
    </a>
  );
}

/** What the app is, which version, its licence, and where the data it shows comes from. */
export function AboutDialog({ host, files, openLink, onClose, returnFocusTo }: AboutDialogProps) {
  const samples = files.filter((file) => file.origin !== null);
  return (
    <Modal title="About DocTable Explorer" onClose={onClose} returnFocusTo={returnFocusTo} className="help-dialog">
      <p>
        Explore CPython’s “Audit events table”: every event raised by <code>sys.audit()</code> and{' '}
        <code>PySys_Audit()</code>, with its arguments, across the page’s translations, Python versions and file formats.
      </p>
      <dl className="about-facts">
        <dt>Version</dt>
        <dd data-testid="about-version">
          {host ? `${host.appVersion} (${host.kind === 'electron' ? 'desktop app' : 'in the browser'})` : 'unknown'}
        </dd>
        <dt>Licence</dt>
        <dd>MIT</dd>
        <dt>Where the data comes from</dt>
        <dd>
          The page <LinkOut url={AUDIT_EVENTS_DOCS_URL} openLink={openLink}>library/audit_events</LinkOut> of the CPython
          documentation and its translations, © Python Software Foundation, under the{' '}
          <LinkOut url={PSF_LICENSE_URL} openLink={openLink}>PSF licence</LinkOut>. The app reads the files you open;
          it sends nothing anywhere.
        </dd>
        <dt>Bundled samples</dt>
        <dd>
          {samples.length === 0 ? (
            'Copies of that page in several locales, versions and formats; where each comes from is recorded in the samples’ ORIGIN.json and shown under Sources while the samples are open.'
          ) : (
            <>
              Where each comes from (the samples’ ORIGIN.json):
              <ul className="about-origins">
                {samples.map((file) => (
                  <li key={file.id}>
                    <span className="about-origin-name">{file.relPath}</span>: {file.origin}
                  </li>
                ))}
              </ul>
            </>
          )}
        </dd>
      </dl>
    </Modal>
  );
}
