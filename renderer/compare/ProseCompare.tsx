import { proseColumns, proseText, type ProseRow } from './prose';
import type { CompareSource } from './sources';

interface ProseCompareProps {
  sources: readonly CompareSource[];
  rows: readonly ProseRow[];
}

/** The page's text side by side, aligned by role; a catalog shows its msgid beside its msgstr. */
export function ProseCompare({ sources, rows }: ProseCompareProps) {
  const columns = proseColumns(sources);
  if (rows.length === 0) return <p className="cmp-muted">The picked sources have no page text to compare.</p>;
  return (
    <div className="cmp-prose-scroll" tabIndex={0} role="region" aria-label="Page text side by side, scrollable">
      <table className="cmp-prose">
        <caption className="visually-hidden">The page's text side by side, aligned by part</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            {columns.map((column) => (
              <th key={`${column.sourceId}:${column.part}`} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-part={row.key}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => {
                const block = row.blocks[column.sourceIndex] ?? null;
                const lang = column.part === 'msgid' ? 'en' : (sources[column.sourceIndex]?.locale ?? undefined);
                const fuzzy = column.part === 'msgstr' && block?.fuzzy === true;
                return (
                  <td key={`${column.sourceId}:${column.part}`} data-part={column.part} className={fuzzy ? 'cmp-fuzzy-cell' : undefined}>
                    {block ? (
                      <>
                        {fuzzy ? (
                          <span className="cmp-badge cmp-fuzzy">
                            <span aria-hidden="true">⚠ </span>fuzzy
                          </span>
                        ) : null}
                        <span className="cmp-prose-text" lang={lang}>
                          {proseText(block, column)}
                        </span>
                      </>
                    ) : (
                      <span className="cmp-muted">(none)</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
