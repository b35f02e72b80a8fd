/** Display paths of members and the per-member steps between two reads of an archive. */
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../shared/library-types.js';
import { diffSources, relPathWithMembers } from './member-files.js';

function source(id: string): SourceFile {
  return { id } as SourceFile;
}

describe('member files', () => {
  it('prefixes a member with its archive as the root shows it', () => {
    const relPathOf = (p: string) => p.replace('/root/', '');
    expect(relPathWithMembers('/root/sub/docs.zip!/library/x.html', relPathOf)).toBe('sub/docs.zip!/library/x.html');
    expect(relPathWithMembers('/root/sub/x.html', relPathOf)).toBe('sub/x.html');
  });

  it('adds, changes and removes per member; an unchanged object is no step', () => {
    const same = source('0:a.zip!/same.html');
    const published = new Set(['0:a.zip!/same.html', '0:a.zip!/changed.html', '0:a.zip!/gone.html']);
    const delta = diffSources(
      [same, source('0:a.zip!/changed.html'), source('0:a.zip!/gone.html'), source('0:a.zip!/hidden.html')],
      [same, source('0:a.zip!/changed.html'), source('0:a.zip!/new.html')],
      (id) => published.has(id),
    );
    expect(delta.added.map((f) => f.id)).toEqual(['0:a.zip!/new.html']);
    expect(delta.changed.map((f) => f.id)).toEqual(['0:a.zip!/changed.html']);
    expect(delta.removed).toEqual(['0:a.zip!/gone.html']);
  });
});
