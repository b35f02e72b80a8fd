/** Every scenario, grouped as the report shows them; both projects (browser, Electron) run this one list. */
import { accessibleViews } from './a11y.js';
import { compareTwoLocales } from './compare.js';
import type { Scenario } from './context.js';
import { rowDetailsAndLinks } from './details.js';
import { exportMatchesTheGrid } from './export.js';
import { byEventCounts, columnsSurviveAReload, copyPutsTsvOnTheClipboard } from './explorer.js';
import { filtersNarrowTheGrid } from './filters.js';
import { keyboardOnly } from './keyboard.js';
import { opensAFolder, typedPathDialog } from './open-folder.js';
import { opensOnSamples } from './startup.js';
import { tabsSplitPublicAndInternal } from './tabs.js';
import { watchesAFolderUntilItAppears, watchesTheFolder } from './watch.js';

export type { Scenario, ScenarioContext } from './context.js';

export const SCENARIO_GROUPS: Readonly<Record<string, readonly Scenario[]>> = {
  'opening': [
    { title: 'opens on the bundled samples when no folder is given', run: opensOnSamples },
    { title: 'opens a folder of real renditions', run: opensAFolder },
    { title: 'the typed-path dialog: Escape, an empty path, focus kept inside, then a folder', run: typedPathDialog },
  ],
  'table': [
    { title: 'search, column filter, module facet, argument filter and sorting narrow the grid', run: filtersNarrowTheGrid },
    { title: 'Public, Internal and All tabs with their counts', run: tabsSplitPublicAndInternal },
    { title: 'row details, and its links open outside the app', run: rowDetailsAndLinks },
  ],
  'explorer': [
    { title: 'by event: each event once, its "in N of M" as the parsed files say', run: byEventCounts },
    { title: 'copy: the selected rows as TSV with headers on the clipboard', run: copyPutsTsvOnTheClipboard },
    { title: 'columns: shown, moved and resized columns survive a reload and reach the CSV', run: columnsSurviveAReload },
  ],
  'compare': [{ title: 'two locales: summary, only differences, export, page text', run: compareTwoLocales }],
  'export': [{ title: 'the CSV download holds the rows and columns the grid shows', run: exportMatchesTheGrid }],
  'live watching': [
    { title: 'a new file appears, a truncated one shows its problem, a deleted one goes', run: watchesTheFolder },
    { title: 'a folder that does not exist yet is watched until it appears', run: watchesAFolderUntilItAppears },
  ],
  'keyboard': [{ title: 'open, search, rows, details, tabs and export without a mouse', run: keyboardOnly }],
  'accessibility': [
    { title: 'no serious or critical axe violations, light scheme', run: accessibleViews('light') },
    { title: 'no serious or critical axe violations, dark scheme', run: accessibleViews('dark') },
  ],
};
