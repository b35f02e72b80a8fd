/**
 * The shown events as files for code: JSON, a CSV table and a Python module with an audit-hook skeleton. Argument
 * names stay in positional order: audit hooks receive them as a tuple, and allowlists match them by position.
 */
import { unstableNote } from './diff.js';
import type { HistoryRow } from './history.js';

export interface ExportEvent {
  event: string;
  args: readonly string[];
  internal: boolean;
  /** First truth build listing it (null: no bundled build does). */
  added: string | null;
  /** Truth build it disappeared in (null: the newest build lists it). */
  removed: string | null;
  unstable: boolean;
}

/** The history's rows as export records, with the arguments of `argsColumn` where the row is listed there. */
export function exportEvents(rows: readonly HistoryRow[], argsColumn = -1): ExportEvent[] {
  return rows.map((row) => ({
    event: row.event,
    args: (argsColumn >= 0 ? row.cells[argsColumn]?.args : null) ?? row.args,
    internal: row.internal,
    added: row.added,
    removed: row.removed,
    unstable: row.unstable,
  }));
}

/** `[{"event","args":[...],"internal","added","removed"}]`; an event with the argument-list quirk also gets a "note". */
export function eventsJson(events: readonly ExportEvent[]): string {
  const value = events.map((entry) => ({
    event: entry.event,
    args: [...entry.args],
    internal: entry.internal,
    added: entry.added,
    removed: entry.removed,
    ...(entry.unstable ? { note: unstableNote(entry.event) } : {}),
  }));
  return `${JSON.stringify(value, null, 2)}\n`;
}

export const EVENTS_TABLE_HEADER = ['event', 'arguments', 'table', 'added', 'removed', 'note'] as const;

/** One row per event; arguments joined by ", " in positional order (the page's own notation). */
export function eventsTable(events: readonly ExportEvent[]): { header: string[]; rows: string[][] } {
  return {
    header: [...EVENTS_TABLE_HEADER],
    rows: events.map((entry) => [
      entry.event,
      entry.args.join(', '),
      entry.internal ? 'internal' : 'public',
      entry.added ?? '',
      entry.removed ?? '',
      entry.unstable ? unstableNote(entry.event) : '',
    ]),
  };
}

/** A Python string literal: JSON's escapes (\" \\ \n \uXXXX ...) are all valid in Python source. */
function py(text: string): string {
  return JSON.stringify(text);
}

function pyTuple(items: readonly string[]): string {
  if (items.length === 0) return '()';
  return `(${items.map(py).join(', ')}${items.length === 1 ? ',' : ''})`;
}

/** A docstring line: no triple quotes or backslashes that would end or escape it. */
function docLine(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"');
}

/** Text from files may hold line breaks or other controls: in a comment or docstring line they would end it. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/**
 * A Python module: EVENTS = {event: (argument names...)} and a ready audit hook that dispatches those events to
 * handlers registered with @on("event"), with the arguments by name. `madeFrom` lines (the versions it was made from,
 * the filters) go in its docstring.
 */
export function pythonModule(events: readonly ExportEvent[], madeFrom: readonly string[]): string {
  const quirks = events.filter((entry) => entry.unstable);
  // The usage example names an event this module has (on() refuses others).
  const example = events.find((entry) => entry.event === 'time.sleep') ?? events[0];
  const exampleEvent = docLine(py(example?.event ?? 'time.sleep'));
  const exampleArgs = docLine(`{${(example?.args ?? ['secs']).map((name) => `${py(name)}: ...`).join(', ')}}`);
  const lines = [
    '"""Audit events for sys.addaudithook, exported by DocTable Explorer.',
    '',
    ...madeFrom.map(docLine),
    `${events.length} event${events.length === 1 ? '' : 's'}; argument names in positional order (hooks receive the arguments as a tuple).`,
    '',
    'Usage:',
    '',
    '    import this_module as audit',
    '',
    `    @audit.on(${exampleEvent})`,
    '    def seen(event, args):',
    `        print(event, args)          # args: ${exampleArgs}`,
    '',
    '    audit.install()                 # a hook cannot be removed once added',
    '"""',
    'import sys',
    '',
  ];
  if (quirks.length > 0) {
    lines.push('# Known quirk of the docs:');
    for (const entry of quirks) lines.push(`# ${oneLine(unstableNote(entry.event))}.`);
    lines.push('');
  }
  lines.push('EVENTS = {');
  for (const entry of events) {
    const notes = [entry.internal ? 'internal' : '', entry.removed ? `removed in ${entry.removed}` : '', entry.unstable ? 'argument lists differ between directives' : '']
      .filter(Boolean)
      .join('; ');
    lines.push(`    ${py(entry.event)}: ${pyTuple(entry.args)},${notes ? `  # ${oneLine(notes)}` : ''}`);
  }
  lines.push(
    '}',
    '',
    'HANDLERS = {}',
    '',
    '',
    'def on(event):',
    '    """Decorator: call the function as handler(event, args) for this event, args a dict by argument name."""',
    '    if event not in EVENTS:',
    '        raise KeyError(f"not an audit event of this export: {event!r}")',
    '',
    '    def register(handler):',
    '        HANDLERS[event] = handler',
    '        return handler',
    '',
    '    return register',
    '',
    '',
    'def name_args(event, args):',
    '    """The arguments of an event by name; extra positional values (a newer CPython) go under "*"."""',
    '    names = EVENTS[event]',
    '    named = dict(zip(names, args))',
    '    if len(args) > len(names):',
    '        named["*"] = tuple(args[len(names):])',
    '    return named',
    '',
    '',
    'def dispatch(event, args):',
    '    """The audit hook: runs for every event CPython raises, so it returns at once for the others."""',
    '    handler = HANDLERS.get(event)',
    '    if handler is not None:',
    '        handler(event, name_args(event, args))',
    '',
    '',
    'def install():',
    '    """Adds the hook to this interpreter (sys.addaudithook: it stays for the life of the process)."""',
    '    sys.addaudithook(dispatch)',
    '',
  );
  return lines.join('\n');
}
