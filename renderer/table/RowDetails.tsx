import { useId, type MouseEvent } from 'react';
import type { SourceFile } from '../../electron/shared/library-types';
import { docsSearchUrl, fileUrl } from '../links/references';
import type { ShownReference } from './gridColumns';
import { FormatName, VersionText } from '../help/FormatName';
import type { TableRow } from './rows';
import { encodingLabel } from '../../electron/shared/encoding-label';
import { Code, PageText, localeTag } from '../a11y/pageText';

export interface RowDetailsProps {
  row: TableRow;
  file: SourceFile | undefined;
  references: ShownReference[];
  openLink(url: string): void;
  onClose(): void;
  onFilterArgument(argument: string): void;
  onFilterModule(module: string): void;
}

function LinkOut({ url, openLink, children }: { url: string; openLink(url: string): void; children: React.ReactNode }) {
  const onClick = (event: MouseEvent) => {
    // Never navigate the app's own page: the host opens allow-listed links in the system browser.
    event.preventDefault();
    openLink(url);
  };
  return (
    <a href={url} onClick={onClick} title={url}>
      {children}
    </a>
  );
}

/** "docs.python.org", or "local page os.html" for a page of the opened folder. */
function describeLink(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return parsed.hostname;
    return `local page ${decodeURIComponent(parsed.pathname.slice(parsed.pathname.lastIndexOf('/') + 1))}`;
  } catch {
    return url;
  }
}

/** Everything about one event: arguments, references as links, the file it comes from. */
export function RowDetails({ row, file, references, openLink, onClose, onFilterArgument, onFilterModule }: RowDetailsProps) {
  const titleId = useId();
  // The row's texts are the page's (its file's language and direction); the panel's own labels are the app's.
  const lang = localeTag(file?.locale);
  return (
    <section
      className="details"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header className="details-header">
        <h2 id={titleId}>
          <Code>{row.event}</Code>
        </h2>
        <button type="button" className="icon-button" aria-label="Close details" title="Close (Escape)" onClick={onClose}>
          ×
        </button>
      </header>
      <dl className="details-list">
        <dt>Table</dt>
        <dd>
          <span className={`badge badge-${row.kind}`}>{row.kind === 'public' ? 'Public' : 'Internal'}</span>
        </dd>
        <dt>Module</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => onFilterModule(row.module)} title="Show only this module">
            {row.module ? <Code>{row.module}</Code> : '(no module)'}
          </button>
        </dd>
        <dt>Arguments</dt>
        <dd>
          {row.args.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            <ul className="chip-list" aria-label="Arguments">
              {row.args.map((arg, i) => (
                <li key={`${arg}-${i}`}>
                  <button
                    type="button"
                    className="chip"
                    onClick={() => onFilterArgument(arg)}
                    title={`Show events that take ${arg}`}
                  >
                    <PageText lang={lang}>{arg}</PageText>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>References</dt>
        <dd>
          {references.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            <ul className="ref-list">
              {references.map((ref, i) => (
                <li key={i}>
                  {ref.url ? (
                    <>
                      <LinkOut url={ref.url} openLink={openLink}>
                        <PageText lang={lang}>[{ref.label}]</PageText>
                      </LinkOut>{' '}
                      <span className="muted">{describeLink(ref.url)}</span>
                    </>
                  ) : (
                    <>
                      <PageText lang={lang}>[{ref.label}]</PageText> <span className="muted">no link in this format</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {file && (
            <p className="details-search">
              <LinkOut url={docsSearchUrl(row.event, file)} openLink={openLink}>
                Search docs.python.org for <Code>{row.event}</Code>
              </LinkOut>
            </p>
          )}
        </dd>
        <dt>Source</dt>
        <dd>
          {file ? (
            <>
              <LinkOut url={fileUrl(file.path)} openLink={openLink}>
                <bdi dir="ltr">{file.relPath}</bdi>
              </LinkOut>
              {row.line !== null && <span className="muted"> line {row.line}</span>}
              <div className="muted details-file-meta">
                {file.locale ?? 'unknown locale'} · <VersionText version={file.version} /> · <FormatName format={file.format} />
                {file.encoding && ` · ${encodingLabel(file.encoding)}`}
              </div>
            </>
          ) : (
            row.fileLabel
          )}
        </dd>
      </dl>
    </section>
  );
}
