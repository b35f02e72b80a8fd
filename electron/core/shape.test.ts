import { describe, expect, it } from 'vitest';
import { markdownCellText, markdownRefs, splitAtPipes } from './formats/markdown-inline.js';
import { joinWrappedLines, startsWithBoldLabel, startsWithImplDetailLabel } from './prose.js';
import { isEventShaped, isRefsText, joinArgFragments, looksLikeEvent, refsFromText, splitArgs } from './shape.js';

describe('cell shapes', () => {
  it('tells event names from other text', () => {
    for (const event of ['os.chmod', 'builtins.input/result', 'glob.glob/2', 'cpython._PySys_ClearAuditHooks', 'compile']) {
      expect(isEventShaped(event), event).toBe(true);
    }
    for (const text of ['', 'Audit event', 'path, mode', 'sys.audit()', '.x', 'x.', 'a..b', '3.12', '[1]', '監査']) {
      expect(isEventShaped(text), text).toBe(false);
    }
  });

  it('takes dotless names for events only when a known build has them', () => {
    expect(looksLikeEvent('exec')).toBe(true);
    expect(looksLikeEvent('import')).toBe(true);
    expect(looksLikeEvent('obj')).toBe(false);
    expect(looksLikeEvent('_winapi.CreatePipe')).toBe(true);
  });

  it('splits argument lists in every quoting the formats use', () => {
    expect(splitArgs('path, mode, flags')).toEqual(['path', 'mode', 'flags']);
    expect(splitArgs('"code", "filename",  "name"')).toEqual(['code', 'filename', 'name']);
    expect(splitArgs('``file_name``, ``desired_access``')).toEqual(['file_name', 'desired_access']);
    expect(splitArgs('`module`, `sys.path`')).toEqual(['module', 'sys.path']);
    expect(splitArgs('  ')).toEqual([]);
  });

  it('rejoins argument cells wrapped after a comma or inside a long name', () => {
    expect(joinArgFragments(['"code", "filename",', '"name"'])).toBe('"code", "filename", "name"');
    expect(joinArgFragments(['"creation_disp', 'osition"', ''])).toBe('"creation_disposition"');
  });

  it('reads reference cells as text', () => {
    expect(isRefsText('[1][2][3]')).toBe(true);
    expect(isRefsText('[1] [2]')).toBe(true);
    expect(isRefsText('[1][')).toBe(false);
    expect(isRefsText('[a]')).toBe(false);
    expect(refsFromText('[1][2]')).toEqual([{ label: '1', target: null }, { label: '2', target: null }]);
  });
});

describe('Markdown inline', () => {
  it('reads references as links, with escaped brackets, or as plain text', () => {
    expect(markdownRefs('[[1]](a.md#x)[[2]](b.md#y "title")')).toEqual([
      { label: '1', target: 'a.md#x' },
      { label: '2', target: 'b.md#y' },
    ]);
    expect(markdownRefs('[[1\\]](a.md#x)')).toEqual([{ label: '1', target: 'a.md#x' }]);
    expect(markdownRefs('[1](<a b.md>)')).toEqual([{ label: '1', target: 'a b.md' }]);
    expect(markdownRefs('\\[1\\]\\[2\\]')).toEqual([{ label: '1', target: null }, { label: '2', target: null }]);
  });

  it('resolves escapes, code spans and links in cells', () => {
    expect(markdownCellText('array.\\_\\_new\\_\\_')).toBe('array.__new__');
    expect(markdownCellText('`path`, [`mode`](x.md)')).toBe('path, mode');
  });

  it('splits at unescaped pipes only', () => {
    expect(splitAtPipes('a \\| b | c')).toEqual(['a \\| b ', ' c']);
  });
});

describe('prose helpers', () => {
  it('rejoins wrapped paragraphs: a space between words, none inside Chinese or Japanese text', () => {
    expect(joinWrappedLines(['See "sys.addaudithook()" and', '"PySys_AddAuditHook()" for'])).toBe('See "sys.addaudithook()" and "PySys_AddAuditHook()" for');
    expect(joinWrappedLines(['了解有关处理这些', '事件的详细信息。'])).toBe('了解有关处理这些事件的详细信息。');
    expect(joinWrappedLines(['이 표는', '런타임과'])).toBe('이 표는 런타임과');
  });

  it('recognises the implementation-detail label in any translation', () => {
    expect(startsWithBoldLabel('**CPython implementation detail:** This table')).toBe(true);
    expect(startsWithBoldLabel('**CPython 实现细节：** 此表')).toBe(true);
    expect(startsWithBoldLabel('**PEP 578** says')).toBe(false);
    expect(startsWithImplDetailLabel('Detalhes da implementação do CPython: Esta tabela')).toBe(true);
    expect(startsWithImplDetailLabel('Esta tabela contém todos os eventos do CPython.')).toBe(false);
  });
});
