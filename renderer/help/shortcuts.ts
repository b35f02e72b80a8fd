/** What the shortcut sheet lists: the keys the app answers to, grouped where they work. */
export interface ShortcutGroup {
  title: string;
  keys: readonly { keys: readonly string[]; action: string }[];
}

/** "Ctrl" on Windows and Linux, "⌘" on macOS (the app maps both to the same commands). */
export function modifierName(platform: string): string {
  return platform === 'darwin' ? '⌘' : 'Ctrl';
}

export function shortcutGroups(platform: string): ShortcutGroup[] {
  const mod = modifierName(platform);
  return [
    {
      title: 'Anywhere',
      keys: [
        { keys: [`${mod}+O`], action: 'Open a folder' },
        { keys: [`${mod}+F`], action: 'Search events and arguments' },
        { keys: [`${mod}+E`], action: 'Export what is shown to CSV' },
        { keys: [`${mod}+1`, `${mod}+2`, `${mod}+3`], action: 'Public, Internal or All events' },
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
