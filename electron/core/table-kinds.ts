/**
 * Which table a lone events table is. Readers name tables by position (the first is the public one), which is
 * right for the page as CPython builds it. Builds made without CPython's Sphinx extension (and several real
 * Korean builds) have no public table: the page holds only the internal one, whose 8-9 rows would otherwise be
 * read as a public table, with a false "cut off" warning and version evidence from the wrong table. A lone table
 * whose events are, nearly all, events only ever seen in the internal table of known builds is that table.
 */
import type { ProseBlock } from './model.js';
import type { PageDraft } from './formats/page.js';
import { truth } from './truth.js';

const INTERNAL_SHARE = 0.8;

let internalOnlyEvents: Set<string> | null = null;

/** Events in some known build's internal table and in no known build's public table. */
function internalEvents(): Set<string> {
  if (internalOnlyEvents) return internalOnlyEvents;
  const versions = truth().versions;
  const publicEvents = new Set(versions.flatMap((version) => [...version.public.keys()]));
  internalOnlyEvents = new Set(versions.flatMap((version) => [...version.internal.keys()]).filter((event) => !publicEvents.has(event)));
  return internalOnlyEvents;
}

/** The draft with a lone internal table named so (and the sentence before it as its introduction). */
export function withTableKinds(draft: PageDraft): PageDraft {
  const [table, ...others] = draft.tables;
  if (!table || others.length > 0 || table.kind !== 'public' || table.rows.length === 0) return draft;
  const internal = internalEvents();
  const share = table.rows.filter((row) => internal.has(row.event)).length / table.rows.length;
  if (share < INTERNAL_SHARE) return draft;
  return { ...draft, tables: [{ ...table, kind: 'internal' }], prose: introduceInternalTable(draft.prose) };
}

/** The paragraph right before the table's headers introduced the internal events, not a "see also". */
function introduceInternalTable(prose: readonly ProseBlock[]): ProseBlock[] {
  const blocks = [...prose];
  const firstHeader = blocks.findIndex((block) => block.role === 'table-header');
  const before = firstHeader === -1 ? blocks.length - 1 : firstHeader - 1;
  const block = blocks[before];
  if (block && block.role === 'see-also') blocks[before] = { ...block, role: 'internal-intro' };
  return blocks;
}
