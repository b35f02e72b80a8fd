import type { DocFormat, VersionInfo } from '../../electron/shared/model';
import { formatLabel, formatTechnicalName, noPublicTableReason, versionText } from './formats';

/** A format's plain name, with the technical one on hover. */
export function FormatName({ format }: { format: DocFormat | null }) {
  return (
    <span className="format-name" title={formatTechnicalName(format)} data-format={format ?? undefined}>
      {formatLabel(format)}
    </span>
  );
}

/** A version with where it came from; the evidence (what it was read from or matched) on hover. */
export function VersionText({ version }: { version: VersionInfo | null }) {
  return <span title={version?.evidence}>{versionText(version)}</span>;
}

/**
 * "0 public · 8 internal", and for formats that cannot hold a public table, the reason in words (visible, not
 * only a tooltip: a keyboard or screen-reader user gets no hover).
 */
export function RowCounts({ format, counts }: { format: DocFormat | null; counts: { public: number; internal: number } }) {
  const reason = counts.public === 0 ? noPublicTableReason(format) : null;
  return (
    <>
      {counts.public} public · {counts.internal} internal
      {reason && (
        <span className="count-note" title={reason}>
          {' '}
          (no public table in this format)
        </span>
      )}
    </>
  );
}
