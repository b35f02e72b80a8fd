import type { DocFormat, ProseBlock, ProseRole, TableKind } from '../../electron/shared/model';
import { plainProseText } from './prose-markup';
import type { CompareSource } from './sources';

/**
 * The page's text side by side: blocks are aligned by role (title with title, the n-th intro paragraph with the
 * n-th intro paragraph...), the way a translator reads two renditions of the same page.
 *
 * Table headers are aligned per table. The header blocks come in document order, so when the source has a public
 * table its first header blocks (as many as that table has columns) are the public table's and the rest the
 * internal one's; a source with only the internal table (a catalog, the reST source) has only internal headers.
 * Without any table, a header block is the internal table's when it follows the internal-events sentence.
 * Sources whose text has no header blocks contribute the headers of their parsed tables instead.
 */

type Group = Exclude<ProseRole, 'table-header'> | `table-header:${TableKind}`;

const GROUP_ORDER: readonly Group[] = [
  'title',
  'intro',
  'see-also',
  'implementation-detail',
  'table-header:public',
  'internal-intro',
  'table-header:internal',
  'other',
];

const GROUP_NAMES: Readonly<Record<Group, string>> = {
  title: 'Title',
  intro: 'Introduction',
  'see-also': 'See also',
  'implementation-detail': 'Implementation detail',
  'table-header:public': 'Public table header',
  'internal-intro': 'Internal events sentence',
  'table-header:internal': 'Internal table header',
  other: 'Other text',
};

export interface ProseRow {
  key: string;
  role: ProseRole;
  /** "Introduction ¶2", "Internal table header 1". */
  label: string;
  /** One per source, in source order; null where the source has no such block. */
  blocks: (ProseBlock | null)[];
}

/** A gettext catalog shows msgid and msgstr; any other source shows its text. */
export type ProsePart = 'text' | 'msgid' | 'msgstr';

export interface ProseColumn {
  sourceId: string;
  sourceIndex: number;
  part: ProsePart;
  /** "ja 3.11 · msgstr". */
  label: string;
  /** The source's format: which inline markup its text carries. */
  format: DocFormat;
}

/** True when the source's text carries the English it translates (a gettext catalog). */
export function isCatalog(source: CompareSource): boolean {
  return source.model.prose.some((block) => block.source !== undefined);
}

function groupBlocks(source: CompareSource): Map<Group, ProseBlock[]> {
  const groups = new Map<Group, ProseBlock[]>();
  const add = (group: Group, block: ProseBlock): void => {
    const list = groups.get(group) ?? [];
    list.push(block);
    groups.set(group, list);
  };
  const tables = source.model.tables;
  const publicColumns = tables.find((table) => table.kind === 'public')?.headers.length ?? 0;
  let afterInternalIntro = false;
  let headersSeen = 0;
  for (const block of source.model.prose) {
    if (block.role === 'internal-intro') afterInternalIntro = true;
    if (block.role !== 'table-header') {
      add(block.role, block);
      continue;
    }
    const internal = tables.length > 0 ? headersSeen >= publicColumns : afterInternalIntro;
    add(internal ? 'table-header:internal' : 'table-header:public', block);
    headersSeen += 1;
  }
  if (!source.model.prose.some((block) => block.role === 'table-header')) {
    for (const table of source.model.tables) {
      for (const header of table.headers) add(`table-header:${table.kind}`, { role: 'table-header', text: header, line: null });
    }
  }
  return groups;
}

function rowLabel(group: Group, index: number, count: number): string {
  const name = GROUP_NAMES[group];
  if (group.startsWith('table-header')) return `${name} ${index + 1}`;
  return count > 1 ? `${name} ¶${index + 1}` : name;
}

export function alignProse(sources: readonly CompareSource[]): ProseRow[] {
  const grouped = sources.map(groupBlocks);
  const rows: ProseRow[] = [];
  for (const group of GROUP_ORDER) {
    const count = Math.max(0, ...grouped.map((groups) => groups.get(group)?.length ?? 0));
    for (let index = 0; index < count; index += 1) {
      rows.push({
        key: `${group}#${index}`,
        role: group.startsWith('table-header') ? 'table-header' : (group as ProseRole),
        label: rowLabel(group, index, count),
        blocks: grouped.map((groups) => groups.get(group)?.[index] ?? null),
      });
    }
  }
  return rows;
}

export function proseColumns(sources: readonly CompareSource[]): ProseColumn[] {
  return sources.flatMap((source, sourceIndex): ProseColumn[] =>
    isCatalog(source)
      ? [
          { sourceId: source.id, sourceIndex, part: 'msgid', label: `${source.label} · msgid`, format: source.format },
          { sourceId: source.id, sourceIndex, part: 'msgstr', label: `${source.label} · msgstr`, format: source.format },
        ]
      : [{ sourceId: source.id, sourceIndex, part: 'text', label: source.label, format: source.format }],
  );
}

/** The text a column shows for a block (the English msgid, or the translated / displayed text), without markup. */
export function proseText(block: ProseBlock | null, column: Pick<ProseColumn, 'part' | 'format'>): string {
  if (!block) return '';
  return plainProseText(column.part === 'msgid' ? (block.source ?? '') : block.text, column.format);
}
