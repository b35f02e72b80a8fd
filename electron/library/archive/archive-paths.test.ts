/** Which names are archives, which members are examined, and how member paths are written and split. */
import { describe, expect, it } from 'vitest';
import {
  archiveKindOf,
  isArchivePath,
  isCandidateMember,
  memberKey,
  normaliseMemberPath,
  splitMemberKey,
} from './archive-paths.js';

describe('archive paths', () => {
  it('knows the archive kinds by name, the longest suffix first', () => {
    expect(archiveKindOf('/d/python-3.12-docs-html.zip')).toEqual({ container: 'zip' });
    expect(archiveKindOf('/d/Python.EPUB')).toEqual({ container: 'zip' });
    expect(archiveKindOf('/d/docs.tar.bz2')).toEqual({ container: 'tar', compression: 'bzip2' });
    expect(archiveKindOf('/d/docs.tar.gz')).toEqual({ container: 'tar', compression: 'gzip' });
    expect(archiveKindOf('/d/docs.tgz')).toEqual({ container: 'tar', compression: 'gzip' });
    expect(archiveKindOf('/d/docs.tar.xz')).toEqual({ container: 'tar', compression: 'xz' });
    expect(archiveKindOf('/d/audit_events.html.gz')).toEqual({ container: 'gzip-file', memberName: 'audit_events.html' });
    expect(archiveKindOf('/d/fr.po.gz')).toEqual({ container: 'gzip-file', memberName: 'fr.po' });
  });

  it('leaves other names alone: a gzip of a non-doc file, a bare suffix, loose pages', () => {
    for (const name of ['/d/objects.inv.gz', '/d/.zip', '/d/audit_events.html', '/d/zip', '/d/data.gz']) {
      expect(isArchivePath(name), name).toBe(false);
    }
  });

  it('examines doc-table members and EPUB pages, not hidden or dependency folders', () => {
    expect(isCandidateMember('library/audit_events.html')).toBe(true);
    expect(isCandidateMember('OEBPS/audit_events.xhtml')).toBe(true);
    expect(isCandidateMember('_sources/library/audit_events.rst.txt')).toBe(true);
    expect(isCandidateMember('_static/pygments.css')).toBe(false);
    expect(isCandidateMember('mimetype')).toBe(false);
    expect(isCandidateMember('.git/description.txt')).toBe(false);
    expect(isCandidateMember('node_modules/x/README.md')).toBe(false);
  });

  it('normalises member paths for display, and drops folders', () => {
    expect(normaliseMemberPath('./library/audit_events.html')).toBe('library/audit_events.html');
    expect(normaliseMemberPath('/abs/x.html')).toBe('abs/x.html');
    expect(normaliseMemberPath('../../etc/x.html')).toBe('etc/x.html');
    expect(normaliseMemberPath('win\\path\\x.html')).toBe('win/path/x.html');
    expect(normaliseMemberPath('library/')).toBeNull();
    expect(normaliseMemberPath('./')).toBeNull();
  });

  it('splits a member key at the archive, even when a folder name holds "!/"', () => {
    const key = memberKey('/d/odd!/docs.zip', 'library/audit_events.html');
    expect(key).toBe('/d/odd!/docs.zip!/library/audit_events.html');
    expect(splitMemberKey(key)).toEqual({ archivePath: '/d/odd!/docs.zip', memberPath: 'library/audit_events.html' });
    expect(splitMemberKey('/d/odd!/audit_events.html')).toBeNull();
  });
});
