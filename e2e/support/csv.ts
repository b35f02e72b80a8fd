/** Reading an exported CSV back the way a spreadsheet would (papaparse), BOM noted and removed. */
import Papa from 'papaparse';

export interface ParsedCsv {
  bom: boolean;
  header: string[];
  rows: string[][];
}

export function parseCsv(text: string): ParsedCsv {
  const bom = text.startsWith('\uFEFF');
  const result = Papa.parse<string[]>(bom ? text.slice(1) : text, { skipEmptyLines: true });
  if (result.errors.length > 0) {
    throw new Error(`the CSV does not parse: ${result.errors.map((error) => `row ${error.row}: ${error.message}`).join('; ')}`);
  }
  const [header = [], ...rows] = result.data;
  return { bom, header, rows };
}
