/** The link allow-list shared by the Electron main process, the browser host and the renderer adapters. */
import { describe, expect, it } from 'vitest';
import { classifyLink, hasLocalLinkExtension, MAX_LINK_LENGTH } from '../shared/web-policy.js';

describe('classifyLink', () => {
  it('allows docs.python.org over https, normalised', () => {
    expect(classifyLink('https://docs.python.org/3/library/audit_events.html#audit-events')).toEqual({
      kind: 'web',
      url: 'https://docs.python.org/3/library/audit_events.html#audit-events',
    });
    expect(classifyLink('https://DOCS.python.org:443/ja/3.12/')).toEqual({ kind: 'web', url: 'https://docs.python.org/ja/3.12/' });
  });

  it('passes local file URLs on for the root check', () => {
    expect(classifyLink('file:///home/me/docs/library/sys.html#sys.audit')?.kind).toBe('file');
    expect(classifyLink('file://localhost/home/me/docs/a.html')?.kind).toBe('file');
  });

  it.each([
    'http://docs.python.org/3/',
    'https://docs.python.org.evil.example/',
    'https://evil.example/docs.python.org/',
    'https://docs.python.org@evil.example/',
    'https://user:pw@docs.python.org/3/',
    'https://docs.python.org:8443/3/',
    'https://python.org/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'blob:https://docs.python.org/123',
    'ftp://docs.python.org/',
    'file://server/share/a.html',
    '/home/me/docs/a.html',
    'library/sys.html',
    '',
  ])('refuses %s', (url) => {
    expect(classifyLink(url)).toBeNull();
  });

  it('refuses over-long links', () => {
    expect(classifyLink(`https://docs.python.org/${'a'.repeat(MAX_LINK_LENGTH)}`)).toBeNull();
  });
});

describe('hasLocalLinkExtension', () => {
  it('accepts documentation renditions and nothing executable', () => {
    for (const name of ['a.html', 'A.HTM', 'a.txt', 'a.rst', 'a.md', 'a.po', 'a.pot']) expect(hasLocalLinkExtension(name)).toBe(true);
    for (const name of ['a.exe', 'a.sh', 'a.desktop', 'a.html.lnk', 'a.app', 'a', 'a.bat', 'a.js']) expect(hasLocalLinkExtension(name)).toBe(false);
  });
});
