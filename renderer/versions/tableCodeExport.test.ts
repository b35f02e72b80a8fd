import { describe, expect, it } from 'vitest';
import { tableCodeExport, tableExportEvents } from './tableCodeExport';

const rows = [
  { event: 'time.sleep', args: ['secs'], kind: 'public' as const },
  { event: 'nntplib.connect', args: ['self', 'host', 'port'], kind: 'public' as const },
  { event: 'time.sleep', args: ['seconds'], kind: 'public' as const },
  { event: 'open', args: ['path', 'mode', 'flags'], kind: 'public' as const },
  { event: '_winapi.CreatePipe', args: [], kind: 'internal' as const },
  { event: 'made.up', args: ['x'], kind: 'public' as const },
];

describe('the table view exports for code', () => {
  it('takes each event once, from its first shown row, with added and removed from the truth builds', () => {
    expect(tableExportEvents(rows)).toEqual([
      { event: 'time.sleep', args: ['secs'], internal: false, added: '3.13.0rc2', removed: null, unstable: false },
      { event: 'nntplib.connect', args: ['self', 'host', 'port'], internal: false, added: '3.8.0', removed: '3.13.0rc2', unstable: false },
      { event: 'open', args: ['path', 'mode', 'flags'], internal: false, added: '3.8.0', removed: null, unstable: true },
      { event: '_winapi.CreatePipe', args: [], internal: true, added: '3.8.7+', removed: null, unstable: false },
      { event: 'made.up', args: ['x'], internal: false, added: null, removed: null, unstable: false },
    ]);
  });

  it('writes JSON and a Python module naming the files it was made from', () => {
    const json = tableCodeExport(rows, ['ja/audit.html (ja 3.9.7)'], 'json');
    expect(json.count).toBe(5);
    expect(JSON.parse(json.text)[0]).toEqual({ event: 'time.sleep', args: ['secs'], internal: false, added: '3.13.0rc2', removed: null });
    const python = tableCodeExport(rows, ['ja/audit.html (ja 3.9.7)'], 'python');
    expect(python.text).toContain('Made from the table view: 5 events shown, from ja/audit.html (ja 3.9.7).');
    expect(python.text).toContain('    "_winapi.CreatePipe": (),  # internal');
    expect(python.text).toMatch(/^# open: .*different argument lists/m);
  });
});
