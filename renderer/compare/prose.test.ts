import { describe, expect, it } from 'vitest';
import type { ProseBlock } from '../../electron/shared/model';
import { alignProse, isCatalog, proseColumns, proseText } from './prose';
import { toCompareSources } from './sources';
import { handModel, sourceFileFromModel } from './test-support/source-file';

const html = sourceFileFromModel(
  handModel({
    locale: 'pt-BR',
    version: '3.12',
    publicRows: [['a', '', 1]],
    internalRows: [['b', '', 0]],
    prose: [
      { role: 'title', text: 'Tabela de eventos de auditoria', line: 1 },
      { role: 'intro', text: 'Esta tabela contém todos os eventos…', line: 3 },
      { role: 'intro', text: 'Veja sys.addaudithook()…', line: 5 },
      { role: 'implementation-detail', text: 'Detalhes da implementação do CPython…', line: 7 },
      { role: 'internal-intro', text: 'Os eventos a seguir são levantados internamente…', line: 90 },
    ],
  }),
  '/pt/audit.html',
);
const block = (role: ProseBlock['role'], source: string, text: string, fuzzy = false): ProseBlock => ({ role, source, text, fuzzy, line: null });
const po = sourceFileFromModel(
  {
    ...handModel({ locale: 'fr', version: '3.13', publicRows: [] }),
    format: 'po',
    tables: [],
    prose: [
      block('title', 'Audit events table', "Table des évènements d'audit"),
      block('intro', 'This table contains all events…', 'Cette table contient tous les évènements…', true),
      block('internal-intro', 'The following events are raised internally…', 'Les évènements suivants sont levés en interne…'),
      block('table-header', 'Audit event', "Table des évènements d'audit", true),
      block('table-header', 'Arguments', 'Arguments'),
    ],
  },
  '/fr/audit.po',
);

describe('alignProse', () => {
  const sources = toCompareSources([html, po]);
  const rows = alignProse(sources);
  const byLabel = new Map(rows.map((row) => [row.label, row]));

  it('aligns blocks by role, paragraph by paragraph', () => {
    expect(rows.map((row) => row.label)).toEqual([
      'Title',
      'Introduction ¶1',
      'Introduction ¶2',
      'Implementation detail',
      'Public table header 1',
      'Public table header 2',
      'Public table header 3',
      'Internal events sentence',
      'Internal table header 1',
      'Internal table header 2',
    ]);
    expect(byLabel.get('Introduction ¶1')?.blocks.map((b) => b?.text)).toEqual([
      'Esta tabela contém todos os eventos…',
      'Cette table contient tous les évènements…',
    ]);
    expect(byLabel.get('Introduction ¶2')?.blocks[1]).toBeNull();
  });

  it('puts a catalog’s headers after the internal-events sentence under the internal table', () => {
    expect(byLabel.get('Internal table header 1')?.blocks.map((b) => b?.text)).toEqual(['Audit event', "Table des évènements d'audit"]);
    expect(byLabel.get('Internal table header 1')?.blocks[1]?.fuzzy).toBe(true);
    expect(byLabel.get('Public table header 3')?.blocks.map((b) => b?.text ?? null)).toEqual(['References', null]);
  });

  it('shows a catalog as msgid beside msgstr', () => {
    expect(isCatalog(sources[1]!)).toBe(true);
    expect(proseColumns(sources).map((column) => column.label)).toEqual(['pt-BR 3.12', 'fr 3.13 · msgid', 'fr 3.13 · msgstr']);
    const title = byLabel.get('Title')!.blocks[1]!;
    const [, msgid, msgstr] = proseColumns(sources);
    expect([proseText(title, msgid!), proseText(title, msgstr!)]).toEqual(['Audit events table', "Table des évènements d'audit"]);
    // Both sides read as the page does, without the reST roles a catalog keeps.
    const marked = block('intro', 'raised by :func:`sys.audit` (see :pep:`578`)', 'levés par :func:`sys.audit` (voir :pep:`578`)');
    expect([proseText(marked, msgid!), proseText(marked, msgstr!)]).toEqual(['raised by sys.audit() (see PEP 578)', 'levés par sys.audit() (voir PEP 578)']);
  });

  it('splits header blocks between the tables by the tables the source holds', () => {
    const headers = (texts: string[]): ProseBlock[] => texts.map((text) => ({ role: 'table-header', text, line: null }));
    const both = sourceFileFromModel(
      { ...handModel({ locale: 'ko', version: '3.9.4', publicRows: [['a', '', 1]], internalRows: [['b', '', 0]] }), prose: headers(['감사 이벤트', '인자', '참조', '감사 이벤트', '인자']) },
      '/ko/audit.html',
    );
    const internalOnly = sourceFileFromModel(
      {
        ...handModel({ locale: 'ja', version: '3.11', publicRows: [] }),
        format: 'po',
        tables: [{ kind: 'internal', headers: ['監査イベント', '引数'], rows: [] }],
        prose: headers(['監査イベント', '引数']),
      },
      '/ja/audit.po',
    );
    const aligned = alignProse(toCompareSources([both, internalOnly]));
    expect(aligned.map((row) => [row.label, ...row.blocks.map((b) => b?.text ?? null)])).toEqual([
      ['Public table header 1', '감사 이벤트', null],
      ['Public table header 2', '인자', null],
      ['Public table header 3', '참조', null],
      ['Internal table header 1', '감사 이벤트', '監査イベント'],
      ['Internal table header 2', '인자', '引数'],
    ]);
  });
});
