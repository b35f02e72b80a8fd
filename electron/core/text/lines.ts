/** Line handling shared by the format readers: one normalisation, 1-based line numbers everywhere. */

/** CRLF and lone CR become LF; a leading BOM character is dropped. Line numbers are unchanged by this. */
export function normalizeNewlines(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.indexOf('\r') === -1 ? withoutBom : withoutBom.replace(/\r\n?/g, '\n');
}

export function splitLines(text: string): string[] {
  return text.split('\n');
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Maps character offsets (as htmlparser2 reports them) to 1-based line numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}
