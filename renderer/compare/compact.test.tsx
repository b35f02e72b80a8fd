/**
 * The compact compare's parts: what a cell shows, when a reference count is shown, the picker's search, where the
 * legend opens, and picks held by the app so they outlive the view.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceFile } from '../../electron/shared/library-types';
import { DEFAULT_COMPARE_CHOICE, type CompareChoice } from '../state/compareInUrl';
import { alignSources } from './align';
import { cellShows, cellTitle, refsWorthShowing } from './cell-view';
import { CompareView } from './CompareView';
import { legendPlacement } from './legend-placement';
import { filterPickable } from './picker-filter';
import { pickableFiles, toCompareSources } from './sources';
import { handModel, sourceFileFromModel } from './test-support/source-file';

afterEach(cleanup);

const reference = sourceFileFromModel(
  handModel({ locale: 'en', version: '3.12', publicRows: [['open', 'path, mode, flags', 2], ['exec', 'code', 1], ['gone', 'x', 1]] }),
  '/docs/en/3.12/audit_events.html',
);
const translation = sourceFileFromModel(
  handModel({ locale: 'ja', version: '3.9', publicRows: [['open', 'file, mode, flags', 2], ['exec', 'code', 3], ['new', 'y', 1]] }),
  '/docs/ja/3.9/audit_events.txt',
);

function aligned() {
  const sources = toCompareSources([reference, translation]);
  const alignment = alignSources(sources, reference.id);
  const cellOf = (event: string, index: number) => alignment.rows.find((row) => row.event === event)!.cells[index]!;
  return { alignment, cellOf };
}

describe('a compact cell', () => {
  it('shows the mark alone where the source agrees or lacks the event, and text where it differs', () => {
    const { cellOf } = aligned();
    expect(cellShows(cellOf('open', 0))).toEqual({ kind: 'args', text: 'path, mode, flags' });
    expect(cellShows(cellOf('open', 1))).toEqual({ kind: 'delta', text: 'renamed path → file' });
    expect(cellShows(cellOf('exec', 1))).toEqual({ kind: 'marker-only' });
    expect(cellShows(cellOf('gone', 1))).toEqual({ kind: 'marker-only' });
    expect(cellShows(cellOf('new', 1))).toEqual({ kind: 'args', text: 'y' });
    expect(cellShows(cellOf('new', 0))).toEqual({ kind: 'marker-only' });
  });

  it('keeps all of it for the hover tip', () => {
    const { cellOf } = aligned();
    expect(cellTitle(cellOf('exec', 1), 'ja 3.9')).toBe('ja 3.9: same\narguments: code\n3 references');
    expect(cellTitle(cellOf('gone', 1), 'ja 3.9')).toBe('ja 3.9: missing');
  });

  it('shows a reference count only for the reference and where it differs from the reference\'s', () => {
    const { cellOf } = aligned();
    expect(refsWorthShowing(cellOf('open', 0), cellOf('open', 0))).toBe(true);
    expect(refsWorthShowing(cellOf('open', 1), cellOf('open', 0))).toBe(false);
    expect(refsWorthShowing(cellOf('exec', 1), cellOf('exec', 0))).toBe(true);
    expect(refsWorthShowing(cellOf('new', 1), cellOf('new', 0))).toBe(true);
    expect(refsWorthShowing(cellOf('gone', 1), cellOf('gone', 0))).toBe(false);
  });

  it('renders marks with their words for screen readers, and no Table column', () => {
    render(<CompareView files={[reference, translation]} query="" split="all" registerExport={() => {}} openLink={() => {}} />);
    const table = screen.getByRole('table', { name: /audit events aligned/i });
    const headers = within(table).getAllByRole('columnheader');
    // The event header also holds the longest name, hidden, to keep the column's width while rows scroll in and out.
    // (Of names equally long, the first: open.)
    expect(headers[0]?.querySelector('[aria-hidden="true"]')?.textContent).toBe('open');
    expect(headers).toHaveLength(3);
    expect(within(table).getByRole('columnheader', { name: 'Audit event' })).toBe(headers[0]);
    expect(within(table).getByRole('columnheader', { name: /^en 3\.12\s*reference$/ })).toBe(headers[1]);
    expect(within(table).getByRole('columnheader', { name: 'ja 3.9' })).toBe(headers[2]);
    const exec = table.querySelector('tr[data-event="exec"]')!;
    const same = exec.querySelector<HTMLElement>('[data-status="same"]')!;
    expect(same.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓');
    expect(same.querySelector('.cmp-status')?.textContent).toBe('same');
    expect(same.querySelector('.cmp-refs')?.getAttribute('aria-label')).toMatch(/^3 references/);
    const open = table.querySelector('tr[data-event="open"] [data-status="changed"]')!;
    expect(open.querySelector('.cmp-refs')?.classList.contains('is-quiet')).toBe(true);
  });
});

describe('the picker search', () => {
  const many: SourceFile[] = Array.from({ length: 450 }, (_, index) =>
    sourceFileFromModel(
      handModel({ locale: ['ja', 'ko', 'fr'][index % 3]!, version: `3.${8 + (index % 6)}`, publicRows: [['open', 'path', 1]] }),
      `/docs/build-${index}.html`,
    ),
  );

  it('keeps the files whose entry holds every word of the query, in any case and order', () => {
    const files = pickableFiles(many);
    expect(filterPickable(files, '')).toHaveLength(450);
    const ko311 = filterPickable(files, '3.11 KO');
    expect(ko311.length).toBe(many.filter((_, index) => index % 3 === 1 && index % 6 === 3).length);
    expect(ko311.every((file) => file.model.locale === 'ko' && file.model.version?.value === '3.11')).toBe(true);
    expect(filterPickable(files, 'BUILD-449.')).toEqual([files[449]]);
    expect(filterPickable(files, 'ja nothing-like-this')).toEqual([]);
  });

  it('narrows the list as the user types, and counts the picks it hides', async () => {
    render(<CompareView files={many} query="" split="all" registerExport={() => {}} openLink={() => {}} />);
    const picker = screen.getByRole('group', { name: 'Sources to compare' });
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(450);
    const user = userEvent.setup();
    await user.click(within(picker).getByRole('searchbox', { name: 'Search sources' }));
    await user.paste('build-44');
    // build-44 and build-440 … build-449.
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(11);
    expect(within(picker).getByRole('status').textContent).toBe('11 of 450 files · 2 picked (2 not shown)');
    await user.click(within(picker).getByRole('checkbox', { name: /build-449\.html/ }));
    expect(within(picker).getByRole('status').textContent).toBe('11 of 450 files · 3 picked (2 not shown)');
    await user.clear(within(picker).getByRole('searchbox', { name: 'Search sources' }));
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(450);
  });
});

describe('the legend panel', () => {
  it('moves left to end inside the window, never past its left edge, and scrolls past the bottom', () => {
    expect(legendPlacement({ left: 700, right: 1212, top: 150 }, { width: 1024, height: 640 })).toEqual({ shiftLeft: 196, maxHeight: 482 });
    expect(legendPlacement({ left: 100, right: 612, top: 150 }, { width: 1024, height: 640 })).toEqual({ shiftLeft: 0, maxHeight: 482 });
    expect(legendPlacement({ left: 20, right: 532, top: 600 }, { width: 400, height: 640 })).toEqual({ shiftLeft: 12, maxHeight: 32 });
  });
});

describe('picks held by the app', () => {
  it('survive the view being unmounted and mounted again (switching to Table and back)', async () => {
    const third = sourceFileFromModel(handModel({ locale: 'ko', version: '3.10', publicRows: [['open', 'path', 1]] }), '/docs/ko/a.html');
    let choice: CompareChoice = DEFAULT_COMPARE_CHOICE;
    const props = {
      files: [reference, translation, third],
      query: '',
      split: 'all' as const,
      registerExport: () => {},
      openLink: () => {},
      onChoiceChange: (update: (current: CompareChoice) => CompareChoice) => {
        choice = update(choice);
        view.rerender(<CompareView {...props} choice={choice} />);
      },
    };
    const view = render(<CompareView {...props} choice={choice} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: /^ko 3\.10/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Reference/ }), 'ja 3.9');
    await user.click(screen.getByRole('checkbox', { name: /Only differences/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Missing in/ }), 'ko 3.10');
    expect(choice).toEqual({ picks: [reference.id, translation.id, third.id], reference: translation.id, onlyDifferences: true, missingIn: third.id });

    view.unmount();
    render(<CompareView {...props} choice={choice} />);
    const checked = screen.getAllByRole<HTMLInputElement>('checkbox').filter((box) => box.closest('.cmp-picker') && box.checked);
    expect(checked).toHaveLength(3);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Only differences/ }).checked).toBe(true);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: /^Missing in/ }).value).toBe(third.id);
    expect(within(screen.getByRole('table', { name: /audit events aligned/i })).getAllByRole('columnheader')[2]?.textContent).toBe('ja 3.9★reference');
  });
});
