import type { AppCommand } from '../../electron/shared/api';
import { acceleratorFor, displayAccelerator } from '../../electron/shared/shortcuts';

/** What the shortcut sheet lists: the keys the app answers to, grouped where they work. */
export interface ShortcutGroup {
  title: string;
  keys: readonly { keys: readonly string[]; action: string }[];
}

export function shortcutGroups(platform: string, host: 'electron' | 'browser' = 'electron'): ShortcutGroup[] {
  // The keys come from the shared table the desktop menu uses too, so the sheet cannot drift from what works.
  const keys = (...commands: AppCommand[]) => commands.map((command) => displayAccelerator(acceleratorFor(command) ?? '', platform));
  return [
    {
      title: 'Anywhere',
      keys: [
        { keys: keys('open-folder'), action: 'Open a folder' },
        { keys: keys('open-file'), action: 'Open a file or an archive' },
        { keys: keys('focus-search'), action: 'Search events and arguments' },
        { keys: keys('export-csv'), action: 'Export what is shown to CSV' },
        {
          keys: keys('view-table', 'view-compare', 'view-versions'),
          action:
            host === 'browser'
              ? 'Table, Compare or Versions view (a browser may keep these keys for its own tabs: the view tabs work too)'
              : 'Table, Compare or Versions view',
        },
        { keys: keys('tab-public', 'tab-internal', 'tab-all'), action: 'Public, Internal or All events' },
        { keys: ['F1', '?'], action: 'This list of shortcuts (? outside text fields)' },
        { keys: ['Tab', 'Shift+Tab'], action: 'Next or previous control; the first stop is “Skip to table”' },
      ],
    },
    {
      title: 'In the table',
      keys: [
        { keys: ['↑', '↓'], action: 'Previous or next row' },
        { keys: ['Page Up', 'Page Down'], action: 'A screen of rows up or down' },
        { keys: ['Home', 'End'], action: 'First or last row' },
        { keys: ['Enter'], action: 'Open the row’s details' },
        { keys: ['Escape'], action: 'Close the details' },
      ],
    },
    {
      title: 'In lists and tabs',
      keys: [
        { keys: ['←', '→'], action: 'Public, Internal and All tabs' },
        { keys: ['↑', '↓', 'Home', 'End'], action: 'Move in the module list' },
        { keys: ['Space'], action: 'Tick or untick a module' },
        { keys: ['↓', 'Enter'], action: 'From the search box into the table' },
      ],
    },
  ];
}
