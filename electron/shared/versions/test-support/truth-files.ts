/**
 * Independent readings of the corpus truth files (/work/shared/corpus/truth) for the versions tests: what
 * events-by-version.md says changed between consecutive versions, and the event lists of the per-build files.
 */
import { readCorpus } from '../../../core/test-support/corpus.js';

export interface MarkdownStep {
  from: string;
  to: string;
  added: string[];
  removed: string[];
  changed: Array<{ event: string; from: string[]; to: string[] }>;
}

function names(list: string): string[] {
  if (list.trim() === '-') return [];
  return list.split(', ').map((entry) => entry.replace(/ \(internal\)$/, '').trim());
}

function pyList(text: string): string[] {
  return JSON.parse(text.replace(/'/g, '"')) as string[];
}

/** The "Changes between consecutive versions" sections, in order. */
export function markdownSteps(): MarkdownStep[] {
  const steps: MarkdownStep[] = [];
  let step: MarkdownStep | null = null;
  for (const line of readCorpus('truth/events-by-version.md').split('\n')) {
    const heading = /^## (\S+) .*-> (\S+) /.exec(line);
    if (heading) {
      step = { from: heading[1]!, to: heading[2]!, added: [], removed: [], changed: [] };
      steps.push(step);
      continue;
    }
    if (!step) continue;
    const entry = /^- (added|removed|args changed) \(\d+\): (.*)$/.exec(line);
    if (!entry) continue;
    if (entry[1] === 'added') step.added = names(entry[2]!);
    else if (entry[1] === 'removed') step.removed = names(entry[2]!);
    else if (entry[2]!.trim() !== '-') {
      step.changed = entry[2]!.split('; ').map((part) => {
        const match = /^(.+?): (\[.*\]) -> (\[.*\])$/.exec(part)!;
        return { event: match[1]!, from: pyList(match[2]!), to: pyList(match[3]!) };
      });
    }
  }
  return steps;
}

export interface BuildEvent {
  event: string;
  args: string[];
  internal: boolean;
}

/** truth/builds/<label>.json: its events. */
export function buildEvents(label: string): BuildEvent[] {
  const { events } = JSON.parse(readCorpus(`truth/builds/${label}.json`)) as { events: BuildEvent[] };
  return events.map(({ event, args, internal }) => ({ event, args, internal }));
}
