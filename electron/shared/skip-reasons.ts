/** Why a file is not shown, in the plain words the Sources panel and `doctable scan` use. */
import type { SkipReason } from './library-types.js';

export const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  'not-audit-page': 'not the audit events page',
  binary: 'binary',
  'too-large': 'too large',
  unreadable: 'unreadable',
  'nested-archive': 'archive inside an archive',
};

/** "95 not the audit events page, 1 binary": the reasons with files, most files first. */
export function describeSkipReasons(reasons: Partial<Record<SkipReason, number>>): string {
  return (Object.entries(reasons) as [SkipReason, number][])
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => `${count} ${SKIP_REASON_TEXT[reason]}`)
    .join(', ');
}

/** "1 other file skipped", "95 other files skipped". */
export function skippedHeadline(count: number): string {
  return `${count} other file${count === 1 ? '' : 's'} skipped`;
}
