import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { po as gettext } from 'gettext-parser';
import Papa from 'papaparse';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocRow } from '../../electron/shared/model';
import type { SourceFile } from '../../electron/shared/library-types';
import { toCsv } from '../export/csv';
import { CompareView } from './CompareView';
import type { Split } from '../state/split';
import type { CompareViewProps, ViewExport } from './types';
import { corpusFile, readCorpusText } from './test-support/corpus';
import { compareVersions } from '../../electron/shared/version-order';
import { plainProseText } from './prose-markup';

afterEach(cleanup);

interface Harness {
  exported(): ViewExport | null;
  rerender(props: Partial<CompareViewProps>): void;
  opened: string[];
}

function renderView(files: readonly SourceFile[], props: { query?: string; split?: Split; pickerHost?: HTMLElement } = {}): Harness {
  let getExport: (() => ViewExport | null) | null = null;
  const opened: string[] = [];
  const base: CompareViewProps = {
    files,
    query: props.query ?? '',
    split: props.split ?? 'all',
    registerExport: (next) => {
      getExport = next;
    },
    openLink: (url) => opened.push(url),
    pickerHost: props.pickerHost ?? null,
  };
  const view = render(<CompareView {...base} />);
  return {
    exported: () => (getExport ? getExport() : null),
    rerender: (next) => view.rerender(<CompareView {...base} {...next} />),
    opened,
  };
}

function grid(): HTMLElement {
  return screen.getByRole('table', { name: /audit events aligned/i });
}

/** The event rows (not the header, nor the "Public events" / "Internal events" group rows). */
function gridRows(): HTMLElement[] {
  return within(grid()).getAllByRole('row').filter((row) => row.hasAttribute('data-event'));
}

/** The group heading rows, as "kind: title". */
function groupRows(): string[] {
  return within(grid())
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-group'))
    .map((row) => `${row.getAttribute('data-group')}: ${row.textContent}`);
}

/** Event name -> what each source's cell shows: [status word, status text, arguments, references]. */
function shownCells(): Map<string, { status: string; text: string; args: string; refs: string }[]> {
  return new Map(
    gridRows().map((row) => [
      row.getAttribute('data-event') ?? '',
      [...row.querySelectorAll<HTMLElement>('[data-status]')].map((cell) => ({
        status: cell.getAttribute('data-status') ?? '',
        text: cell.querySelector('.cmp-status')?.textContent ?? '',
        args: cell.querySelector('.cmp-args')?.textContent ?? '',
        refs: cell.querySelector('.cmp-refs')?.textContent ?? '',
      })),
    ]),
  );
}

function events(file: SourceFile, kind?: 'public' | 'internal'): Map<string, DocRow> {
  const map = new Map<string, DocRow>();
  for (const table of file.model?.tables ?? []) {
    if (kind && table.kind !== kind) continue;
    for (const row of table.rows) if (!map.has(row.event)) map.set(row.event, row);
  }
  return map;
}

function pickOnly(wanted: readonly SourceFile[]): Promise<void> {
  return (async () => {
    const user = userEvent.setup();
    for (const box of screen.getAllByRole<HTMLInputElement>('checkbox', { name: /./ })) {
      if (!box.closest('.cmp-picker')) continue;
      const label = box.closest('label')?.textContent ?? '';
      const want = wanted.some((file) => label.includes(sourceLabel(file)));
      if (box.checked !== want) await user.click(box);
    }
  })();
}

async function choose(select: RegExp, option: string): Promise<void> {
  const box = screen.getByRole('combobox', { name: select });
  await userEvent.setup().selectOptions(box, within(box).getByRole('option', { name: option }));
}

function chooseReference(option: string): Promise<void> {
  return choose(/reference/i, option);
}

function sourceLabel(file: SourceFile): string {
  return `${file.model?.locale ?? file.locale} ${file.model?.version?.value ?? file.version?.value}`;
}

let ptBR: SourceFile; // seed 000: pt-BR, 3.12
let ja: SourceFile; // seed 001: ja, 3.9.7 era
let en: SourceFile; // seed 002: en, 3.11 era
let frPo: SourceFile; // French catalog of the page (3.13)

beforeAll(() => {
  ptBR = corpusFile('seeds/000_');
  ja = corpusFile('seeds/001_');
  en = corpusFile('seeds/002_');
  frPo = corpusFile('real/fr_3.13_po');
});

describe('CompareView on the corpus: ja (seed 001) against pt-BR (seed 000)', () => {
  it('takes the newest by version as the reference by default', () => {
    renderView([ja, ptBR]);
    const newest = compareVersions(ja.model!.version!.value, ptBR.model!.version!.value) > 0 ? ja : ptBR;
    const header = within(grid()).getAllByRole('columnheader').find((th) => th.textContent?.includes('reference'));
    expect(header?.textContent).toContain(sourceLabel(newest));
    // One row per event, a heading row per table, and the header row.
    expect(grid().getAttribute('aria-rowcount')).toBe(String(new Set([...events(ja).keys(), ...events(ptBR).keys()]).size + 2 + 1));
  });

  it('lists the events only one has and the argument changes, against the chosen reference', async () => {
    renderView([ja, ptBR]);
    const user = userEvent.setup();
    await chooseReference(sourceLabel(ptBR));
    await user.click(screen.getByRole('checkbox', { name: /only differences/i }));

    const jaEvents = events(ja);
    const ptEvents = events(ptBR);
    const onlyPt = [...ptEvents.keys()].filter((event) => !jaEvents.has(event));
    const onlyJa = [...jaEvents.keys()].filter((event) => !ptEvents.has(event));
    const otherArgs = [...ptEvents.keys()].filter(
      (event) => jaEvents.has(event) && jaEvents.get(event)!.args.join('\u0000') !== ptEvents.get(event)!.args.join('\u0000'),
    );
    expect(onlyPt.length + onlyJa.length + otherArgs.length).toBeGreaterThan(0);
    expect(otherArgs).toContain('ctypes.string_at');

    const shown = shownCells();
    expect([...shown.keys()].sort()).toEqual([...onlyPt, ...onlyJa, ...otherArgs].sort());
    for (const event of onlyPt) expect(shown.get(event)?.map((cell) => cell.status)).toEqual(['missing', 'reference']);
    for (const event of onlyJa) expect(shown.get(event)?.map((cell) => cell.status)).toEqual(['extra', 'absent']);
    for (const event of otherArgs) {
      const [jaCell] = shown.get(event)!;
      expect(jaCell?.status).toBe('changed');
      expect(jaCell?.args).toBe(jaEvents.get(event)!.args.join(', '));
    }
    // string_at's first argument is called differently: a rename, in words.
    const stringAt = shown.get('ctypes.string_at')![0]!.text;
    const [ptFirst] = ptEvents.get('ctypes.string_at')!.args;
    const [jaFirst] = jaEvents.get('ctypes.string_at')!.args;
    expect(stringAt).toBe(`changed: renamed ${ptFirst} → ${jaFirst}`);

    // The summary says the same in numbers.
    const publicPt = events(ptBR, 'public');
    const jaMissingPublic = [...publicPt.keys()].filter((event) => !jaEvents.has(event)).length;
    expect(screen.getByText(new RegExp(`^${sourceLabel(ja)}: ${publicPt.size - jaMissingPublic} of ${publicPt.size} public events; ${jaMissingPublic} missing`))).toBeTruthy();

    // Turn it around: with ja as the reference, pt-BR's extra events are ja's missing ones.
    await chooseReference(sourceLabel(ja));
    const turned = shownCells();
    for (const event of onlyPt) expect(turned.get(event)?.map((cell) => cell.status)).toEqual(['absent', 'extra']);
    expect(turned.get('ctypes.string_at')?.[1]?.text).toBe(`changed: renamed ${jaFirst} → ${ptFirst}`);
  });

  it('filters to the events missing in one source', async () => {
    renderView([ja, ptBR]);
    await choose(/missing in/i, sourceLabel(ja));
    const jaEvents = events(ja);
    const expected = [...events(ptBR).keys()].filter((event) => !jaEvents.has(event));
    expect([...shownCells().keys()].sort()).toEqual(expected.sort());
  });

  it('follows the app-wide search and public/internal split', () => {
    const view = renderView([ja, ptBR], { split: 'internal' });
    const internal = new Set([...events(ja, 'internal').keys(), ...events(ptBR, 'internal').keys()]);
    expect(internal.size).toBeGreaterThan(0);
    expect([...shownCells().keys()].sort()).toEqual([...internal].sort());
    // One table's events need no heading row; both tables' get one each, public first.
    expect(groupRows()).toEqual([]);
    // (A search keeps the grid short enough to render whole: happy-dom has no layout for the virtual window.)
    view.rerender({ split: 'all', query: 'create' });
    const created = gridRows().map((row) => row.getAttribute('data-kind'));
    expect(created).toContain('public');
    expect(created).toContain('internal');
    expect(groupRows()).toEqual([
      `public: Public events · ${created.filter((kind) => kind === 'public').length}`,
      `internal: Internal events · ${created.filter((kind) => kind === 'internal').length}`,
    ]);
    view.rerender({ split: 'all', query: 'STRING_AT' });
    expect([...shownCells().keys()].sort()).toEqual(['ctypes.string_at', 'ctypes.wstring_at']);
    view.rerender({ split: 'all', query: 'address' });
    const withAddress = [
      ...new Set(
        [...events(ja).values(), ...events(ptBR).values()]
          .filter((row) => row.event.includes('address') || row.args.some((arg) => arg.includes('address')))
          .map((row) => row.event),
      ),
    ];
    expect(withAddress).toContain('ctypes.string_at');
    expect([...shownCells().keys()].sort()).toEqual(withAddress.sort());
  });

  it('exports exactly what it shows, CSV-safe, in full where the grid shows only marks', async () => {
    const view = renderView([ja, ptBR]);
    await userEvent.setup().click(screen.getByRole('checkbox', { name: /only differences/i }));
    const exported = view.exported();
    expect(exported).not.toBeNull();
    const parsed = Papa.parse<string[]>(toCsv(exported!.header, exported!.rows, { bom: true }).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const shownHeader = within(grid()).getAllByRole('columnheader').map((th) => th.textContent ?? '');
    expect(parsed[0]?.slice(0, 2)).toEqual(['Audit event', 'Table']);
    expect(shownHeader[0]?.startsWith(`${parsed[0]?.[0]}`)).toBe(true);
    expect(within(grid()).getByRole('columnheader', { name: 'Audit event' })).toBeTruthy();
    // The grid groups by table instead of repeating it; the CSV keeps a Table column and each source's full text.
    const files = [ja, ptBR];
    const expected = gridRows().map((row) => {
      const event = row.getAttribute('data-event') ?? '';
      const cells = [...row.querySelectorAll<HTMLElement>('[data-status]')];
      return [
        row.querySelector('th')?.textContent ?? '',
        row.getAttribute('data-kind') ?? '',
        ...cells.flatMap((cell, index) => {
          const source = events(files[index]!).get(event);
          return [cell.querySelector('.cmp-status')?.textContent ?? '', source ? source.args.join(', ') : '', source ? String(source.refs.length) : ''];
        }),
      ];
    });
    expect(parsed.slice(1)).toEqual(expected);

    // A source that agrees shows its mark only; the export still spells its arguments out.
    await userEvent.setup().click(screen.getByRole('checkbox', { name: /only differences/i }));
    const agreed = [...events(ja).values()].find((row) => row.args.length > 0 && events(ptBR).get(row.event)?.args.join(', ') === row.args.join(', '))!;
    view.rerender({ query: agreed.event });
    const sameRow = gridRows().find((row) => row.getAttribute('data-event') === agreed.event)!;
    const sameCell = sameRow.querySelector<HTMLElement>('[data-status="same"]')!;
    expect(sameCell.querySelector('.cmp-args')).toBeNull();
    expect(sameCell.querySelector('.cmp-marker')?.textContent).toBe('✓');
    expect(sameCell.querySelector('.cmp-status')?.textContent).toBe('same');
    const event = sameRow.getAttribute('data-event')!;
    const exportedRow = view.exported()!.rows.find((row) => row[0] === event)!;
    const args = events(ja).get(event)!.args.join(', ');
    expect(args).not.toBe('');
    expect(exportedRow).toContain(args);
    expect(sameCell.title).toContain(`arguments: ${args}`);
  });

  it('renders only a window of a long grid, and moves it on scroll', () => {
    // happy-dom does no layout: give the scroll box and the rows the heights a browser would.
    const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('cmp-grid-scroll') ? 600 : 0;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.tagName === 'TR' ? 50 : 0;
      },
    });
    try {
      renderView([ja, ptBR]);
      const total = Number(grid().getAttribute('aria-rowcount')) - 1;
      const first = gridRows();
      expect(first.length).toBeGreaterThan(5);
      expect(first.length).toBeLessThan(total);
      expect(first[0]?.getAttribute('aria-rowindex')).toBe('3');
      expect(groupRows()[0]).toMatch(/^public: Public events · \d+$/);
      const scroller = grid().closest<HTMLElement>('.cmp-grid-scroll')!;
      act(() => {
        scroller.scrollTop = 4000;
        fireEvent.scroll(scroller);
      });
      const moved = Number(gridRows()[0]?.getAttribute('aria-rowindex'));
      expect(moved).toBeGreaterThan(2);
    } finally {
      if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
      if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
    }
  });
});

describe('CompareView: picking sources', () => {
  it('starts with two event tables, adds and removes columns as sources are picked', async () => {
    renderView([ja, ptBR, en, frPo]);
    const user = userEvent.setup();
    const box = (file: SourceFile) => screen.getByRole<HTMLInputElement>('checkbox', { name: new RegExp(sourceLabel(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    expect([ja, ptBR, en].map((file) => box(file).checked)).toEqual([true, true, false]);
    expect(within(grid()).getAllByRole('columnheader')).toHaveLength(3);

    await user.click(box(en));
    const headers = within(grid()).getAllByRole('columnheader').map((th) => th.textContent ?? '');
    expect(headers).toHaveLength(4);
    expect(headers.some((text) => text.includes(sourceLabel(en)))).toBe(true);
    // The new source gets its own coverage line in the summary.
    expect(screen.getByText(new RegExp(`^${sourceLabel(en)}: \\d+ of \\d+ public events`))).toBeTruthy();

    await user.click(box(ja));
    await user.click(box(ptBR));
    expect(screen.getByText('Pick two or more sources to compare them.')).toBeTruthy();
  });
});

describe('CompareView: the summary', () => {
  it('keeps coverage in view and shows how each file was read on request, for the events only', async () => {
    renderView([ja, ptBR]);
    const user = userEvent.setup();
    const summary = screen.getByRole('region', { name: 'Summary' });
    const more = () => [...summary.querySelectorAll<HTMLElement>('.cmp-summary-more')];
    expect(within(summary).getByText(new RegExp(`^${sourceLabel(ja).replace(/\./g, '\\.')}: \\d+ of \\d+ public events`))).toBeTruthy();
    expect(more().map((line) => line.hidden)).toEqual([true, true]);
    await user.click(within(summary).getByRole('button', { name: 'Show how each file was read' }));
    expect(more().map((line) => line.hidden)).toEqual([false, false]);
    expect(more()[0]?.textContent).toContain(`Locale ${ja.model!.locale}`);
    expect(within(summary).getByRole('button', { name: 'Hide how each file was read' }).getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('tab', { name: 'Page text' }));
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
  });
});

describe('CompareView: source labels', () => {
  it('lengthens a label with the file path only while another picked file reads the same', async () => {
    const copy: SourceFile = { ...ptBR, id: '0:copy/pt-BR.txt', relPath: 'copy/pt-BR.txt', path: '/docs/copy/pt-BR.txt' };
    renderView([ja, ptBR, copy]);
    const headers = () => within(grid()).getAllByRole('columnheader').map((th) => th.textContent ?? '');
    // ja and the first pt-BR file are picked: the unpicked copy does not make "pt-BR 3.12" ambiguous.
    const ptHeader = headers().find((text) => text.startsWith(sourceLabel(ptBR)));
    expect(ptHeader).toBeDefined();
    expect(ptHeader).not.toContain('·');
    expect(screen.getByRole('combobox', { name: /reference/i }).textContent).not.toContain(ptBR.relPath);

    await userEvent.setup().click(screen.getByRole('checkbox', { name: new RegExp(`copy/pt-BR\\.txt`) }));
    expect(headers()).toEqual(
      expect.arrayContaining([expect.stringContaining(`${sourceLabel(ptBR)} · ${ptBR.relPath}`), expect.stringContaining(`${sourceLabel(ptBR)} · copy/pt-BR.txt`)]),
    );
  });
});

describe('CompareView: the source picker in the app sidebar', () => {
  it('renders the picker where the app asks, and picks from there', async () => {
    const sidebar = document.body.appendChild(document.createElement('aside'));
    try {
      renderView([ja, ptBR, en], { pickerHost: sidebar });
      const picker = within(sidebar).getByRole('group', { name: 'Sources to compare' });
      expect(within(picker).getAllByRole('checkbox')).toHaveLength(3);
      await userEvent.setup().click(within(picker).getByRole('checkbox', { name: new RegExp(`^${sourceLabel(en).replace(/\./g, '\\.')}\\s`) }));
      expect(within(grid()).getAllByRole('columnheader').some((th) => th.textContent?.includes(sourceLabel(en)))).toBe(true);
    } finally {
      cleanup();
      sidebar.remove();
    }
  });
});

describe('CompareView: reference links', () => {
  it('opens a source\'s first reference on docs.python.org for that file\'s language and version, through the host', async () => {
    const ko = corpusFile('real/ko_');
    const view = renderView([ko, ptBR], { query: 'ctypes.string_at' });
    const koRow = ko.model!.tables[0]!.rows.find((row) => row.event === 'ctypes.string_at')!;
    const target = koRow.refs.find((ref) => ref.target !== null)!.target!;
    await userEvent.setup().click(screen.getByRole('button', { name: new RegExp(`open the first for ctypes\\.string_at in ${sourceLabel(ko)}`) }));
    expect(view.opened).toEqual([new URL(target, 'https://docs.python.org/ko/3.9/library/').href]);
  });
});

describe('CompareView: the page text side by side, with a .po catalog', () => {
  it('shows msgid beside msgstr, flags fuzzy entries, and exports the same', async () => {
    const view = renderView([ja, frPo]);
    const user = userEvent.setup();
    await pickOnly([ja, frPo]);
    await user.click(screen.getByRole('tab', { name: 'Page text' }));
    const table = screen.getByRole('table', { name: /page's text side by side/i });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent ?? '');
    expect(headers).toEqual(['Part', sourceLabel(ja), `${sourceLabel(frPo)} · msgid`, `${sourceLabel(frPo)} · msgstr`]);

    // The catalog, read independently with gettext-parser: msgid -> [msgstr, fuzzy], both as displayed (the reST
    // roles the catalog keeps, such as :func:`sys.audit`, read as the page shows them: sys.audit()).
    const catalog = gettext.parse(readCorpusText('real/fr_3.13_po'));
    const shown = (text: string) => plainProseText(text, 'po');
    const entries = new Map(
      Object.values(catalog.translations)
        .flatMap((context) => Object.values(context))
        .filter((entry) => entry.msgid !== '')
        .map((entry) => [shown(entry.msgid), { msgstr: shown(entry.msgstr[0] || entry.msgid), fuzzy: (entry.comments?.flag ?? '').includes('fuzzy') }]),
    );
    const rows = within(table).getAllByRole('row').slice(1);
    let fuzzyRows = 0;
    let catalogRows = 0;
    for (const row of rows) {
      const msgid = row.querySelector('[data-part="msgid"] .cmp-prose-text')?.textContent;
      if (!msgid) continue;
      const entry = entries.get(msgid);
      expect(entry, `msgid ${msgid}`).toBeDefined();
      catalogRows += 1;
      const msgstrCell = row.querySelector('[data-part="msgstr"]')!;
      expect(msgid).not.toMatch(/:[a-z:]+:`/);
      expect(msgstrCell.querySelector('.cmp-prose-text')?.textContent).toBe(entry!.msgstr);
      expect(msgstrCell.querySelector('.cmp-fuzzy') !== null).toBe(entry!.fuzzy);
      if (entry!.fuzzy) fuzzyRows += 1;
    }
    expect(catalogRows).toBeGreaterThanOrEqual(5);
    expect(fuzzyRows).toBeGreaterThan(0);
    const title = rows.find((row) => row.querySelector('th')?.textContent === 'Title')!;
    expect(title.querySelector('[data-part="msgid"]')?.textContent).toBe('Audit events table');
    expect(title.querySelector('[data-part="text"]')?.textContent).toBe(ja.model!.title);

    const exported = view.exported()!;
    const parsed = Papa.parse<string[]>(toCsv(exported.header, exported.rows), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...headers, `${sourceLabel(frPo)} · fuzzy`]);
    expect(parsed.slice(1).map((row) => row[0])).toEqual(rows.map((row) => row.querySelector('th')?.textContent));
    expect(parsed.slice(1).filter((row) => row[4] === 'fuzzy')).toHaveLength(fuzzyRows);
  });
});
