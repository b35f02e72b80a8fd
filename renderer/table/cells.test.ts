import { describe, expect, it } from 'vitest';
import { makeFile } from '../test-support/fixtures';
import { headerLabels, shownColumns } from './cells';
import { rowCellText } from './rowColumns';
import { ALL_SOURCES, buildRowSet } from './rows';

const zhTw = makeFile({
  id: '0:zh-tw.html',
  headers: ['Audit event', 'Arguments', 'References'],
  public: [['os.open', ['path', 'mode'], ['os.html#os.open', 'os.html#os.open2']]],
  internal: [['_winapi.CreateFile', ['file_name']]],
});
// Real builds give the internal table two columns, translated.
zhTw.model!.tables[1] = { ...zhTw.model!.tables[1]!, headers: ['稽核事件', '引數'] };
for (const row of zhTw.model!.tables[1]!.rows) row.refs = [];

describe('columns and headers', () => {
  const set = buildRowSet([zhTw], zhTw.id);

  it('uses the table\'s own headers by position, per tab', () => {
    expect(headerLabels(set, 'public')).toEqual({ event: 'Audit event', args: 'Arguments', refs: 'References', source: 'Source' });
    expect(headerLabels(set, 'internal')).toMatchObject({ event: '稽核事件', args: '引數', refs: 'References' });
    expect(headerLabels(buildRowSet([zhTw, makeFile({ id: '1:x.html' })], ALL_SOURCES), 'internal').event).toBe('Audit event');
  });

  it('drops References where no row on the tab has any, and adds Source for several files', () => {
    expect(shownColumns(set, 'public')).toEqual(['event', 'args', 'refs']);
    expect(shownColumns(set, 'internal')).toEqual(['event', 'args']);
    expect(shownColumns(set, 'all')).toEqual(['event', 'args', 'refs']);
    const both = buildRowSet([zhTw, makeFile({ id: '1:en.html', public: [['sys.exit', []]] })], ALL_SOURCES);
    expect(shownColumns(both, 'internal')).toEqual(['event', 'args', 'source']);
  });

  it('shows cells as the page prints them', () => {
    const row = set.rows[0]!;
    const file = set.files[0];
    expect([rowCellText(row, 'event', file), rowCellText(row, 'args', file), rowCellText(row, 'refs', file), rowCellText(row, 'source', file)]).toEqual([
      'os.open',
      'path, mode',
      '[1] [2]',
      'zh-tw.html',
    ]);
  });
});
