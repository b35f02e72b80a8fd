import Papa from 'papaparse';

// Papa's own `escapeFormulae: true` pattern ends in `.*$` and so misses a formula cell holding a newline.
const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  /** Prefix a UTF-8 byte order mark so spreadsheet programs read CJK text right. */
  bom?: boolean;
  /**
   * Prefix cells a spreadsheet would run as a formula with a quote (default). Off for files read by programs,
   * which would otherwise see the added quote.
   */
  formulaGuard?: boolean;
}

/**
 * RFC 4180 CSV (CRLF, quotes doubled) of exactly the given header and cells. Cells that a spreadsheet
 * would run as a formula (leading =, +, -, @, tab, CR) are prefixed with a quote (and quoted).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  // One array of records, header first: given `{fields, data: []}` papaparse writes a blank record after the header.
  const csv = Papa.unparse(
    [[...header], ...rows.map((row) => [...row])],
    { quotes: false, quoteChar: '"', escapeChar: '"', delimiter: ',', newline: '\r\n', escapeFormulae: options.formulaGuard === false ? false : FORMULA_START },
  );
  return (options.bom ? '\uFEFF' : '') + csv + '\r\n';
}
