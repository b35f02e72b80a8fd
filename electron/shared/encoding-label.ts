/**
 * The decoder's encoding names (core/decode.ts: WHATWG labels such as "shift_jis", plus "utf-8-bom") as people
 * write them: "Shift_JIS", "UTF-16LE", "EUC-KR".
 */
const NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'iso-2022-jp': 'ISO-2022-JP',
  gbk: 'GBK',
  gb18030: 'GB18030',
  gb2312: 'GB2312',
  big5: 'Big5',
  'euc-kr': 'EUC-KR',
  'koi8-r': 'KOI8-R',
};

export function encodingLabel(encoding: string): string {
  const known = NAMES[encoding.toLowerCase()];
  if (known) return known;
  // windows-1252 → Windows-1252, iso-8859-2 → ISO-8859-2, anything else in capitals.
  if (/^windows-/i.test(encoding)) return `Windows-${encoding.slice(8)}`;
  return encoding.toUpperCase();
}

/** UTF-8, with or without a BOM, is what is expected: only other encodings are worth a badge. */
export function isNotableEncoding(encoding: string | null): encoding is string {
  return encoding !== null && encoding !== 'utf-8' && encoding !== 'utf-8-bom';
}
