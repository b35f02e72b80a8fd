/** Every scenario, grouped as the report shows them; both projects (browser, Electron) run this one list. */
import { accessibleViews } from './a11y.js';
import { checkPanelVerdicts } from './check.js';
import { compareSixSourcesCompact, compareTwoLocales } from './compare.js';
import type { Scenario } from './context.js';
import { rowDetailsAndLinks } from './details.js';
import { exportMatchesTheGrid } from './export.js';
import { byEventCounts, columnsSurviveAReload, copyPutsTsvOnTheClipboard } from './explorer.js';
import { filtersNarrowTheGrid } from './filters.js';
import { keyboardOnly } from './keyboard.js';
import { opensAFolder, typedPathDialog } from './open-folder.js';
import { opensOnSamples } from './startup.js';
import { tabsSplitPublicAndInternal } from './tabs.js';
import { versionsDiff, versionsView } from './versions.js';
import { watchesAFolderUntilItAppears, watchesTheFolder } from './watch.js';
import {
  folderBrowser,
  helpOnF1,
  largerText,
  minimumFontSize,
  mistypedPathIsQuestioned,
  pageTextLanguage,
  resizableSidebar,
  samplesExplained,
  tabOrderReachesTheGrid,
  zoomAndSmallWindows,
} from './usability.js';

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
  'compare': [
    { title: 'two locales: summary, only differences, export, page text', run: compareTwoLocales },
    { title: 'six sources at 1024×640: compact rows, unbroken identifiers, searchable picker, picks kept', run: compareSixSourcesCompact },
  ],
  'check': [{ title: 'Check panel: planted faults and a fuzzy entry against the English build, Show row', run: checkPanelVerdicts }],
  'export': [{ title: 'the CSV download holds the rows and columns the grid shows', run: exportMatchesTheGrid }],
  'versions': [
    { title: 'events by version: columns, filters, an event history and exports for code', run: versionsView },
    { title: 'diff two versions: builds and a file, with its export', run: versionsDiff },
  ],
  'live watching': [
    { title: 'a new file appears, a truncated one shows its problem, a deleted one goes', run: watchesTheFolder },
    { title: 'a folder that does not exist yet is watched until it appears', run: watchesAFolderUntilItAppears },
  ],
  'keyboard': [{ title: 'open, search, rows, details, tabs and export without a mouse', run: keyboardOnly }],
  'usability': [
    { title: 'Tab order: the grid within five Tab presses with sixteen sources open', run: tabOrderReachesTheGrid },
    { title: 'F1 help: the shortcut sheet, ? outside text fields, About', run: helpOnF1 },
    { title: 'the folder browser: places, recent, completion, and paths outside refused', run: folderBrowser },
    { title: 'the mistyped-path confirmation: keep the current folder, or watch for it', run: mistypedPathIsQuestioned },
    { title: 'zoom 200% and small windows: a one-row toolbar with More, no horizontal scroll of the page', run: zoomAndSmallWindows },
    { title: 'a 24 px text size: rem sizes grow, grid rows grow with their text', run: largerText },
    { title: 'a 24 px minimum font size: grid rows grow with their text, no cell cut', run: minimumFontSize },
    { title: 'the sidebar resizes by drag and keyboard, keeps its width, hides on Enter', run: resizableSidebar },
    { title: 'page text carries its language and dir="auto"; event names stay left-to-right code', run: pageTextLanguage },
    { title: 'the Samples badge says what the app is for, and that the files are bundled samples', run: samplesExplained },
  ],
  'accessibility': (['1360×860', '1024×640', '320 px wide'] as const).map((size) => ({
    title: `no serious or critical axe violations, light and dark schemes, ${size}`,
    run: accessibleViews(size),
  })),
};
