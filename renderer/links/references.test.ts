import { describe, expect, it } from 'vitest';
import { versionInfo } from '../test-support/fixtures';
import { docsLanguage, docsSearchUrl, docsVersion, fileUrl, normalizePath, resolveReference } from './references';

const ref = (target: string | null) => ({ label: '1', target });

describe('docsLanguage', () => {
  it('maps locales to docs.python.org language codes', () => {
    expect(docsLanguage('en')).toBeNull();
    expect(docsLanguage('en-US')).toBeNull();
    expect(docsLanguage(null)).toBeNull();
    expect(docsLanguage('pt-BR')).toBe('pt-br');
    expect(docsLanguage('pt')).toBe('pt-br');
    expect(docsLanguage('zh-CN')).toBe('zh-cn');
    expect(docsLanguage('zh_TW')).toBe('zh-tw');
    expect(docsLanguage('zh-Hant-HK')).toBe('zh-tw');
    expect(docsLanguage('ja')).toBe('ja');
    expect(docsLanguage('ko-KR')).toBe('ko');
    expect(docsLanguage('fr-CA')).toBe('fr');
  });

  it('falls back to English for languages docs.python.org does not serve', () => {
    expect(docsLanguage('de')).toBeNull();
    expect(docsLanguage('xx-YY')).toBeNull();
  });
});

describe('docsVersion', () => {
  it('keeps major.minor', () => {
    expect(docsVersion(versionInfo('3.9.4'))).toBe('3.9');
    expect(docsVersion(versionInfo('3.13.0a0'))).toBe('3.13');
    expect(docsVersion(versionInfo('3.12'))).toBe('3.12');
    expect(docsVersion(null)).toBe('3');
  });
});

describe('paths', () => {
  it('normalizes POSIX, Windows and UNC paths', () => {
    expect(normalizePath('/a/b/../c/./d.html')).toBe('/a/c/d.html');
    expect(normalizePath('C:\\docs\\library\\..\\x.html')).toBe('C:/docs/x.html');
    expect(normalizePath('\\\\server\\share\\a.html')).toBe('//server/share/a.html');
  });

  it('builds file URLs with encoded segments', () => {
    expect(fileUrl('/home/me/docs/os.html', 'os.open')).toBe('file:///home/me/docs/os.html#os.open');
    expect(fileUrl('C:\\Docs\\my docs\\os.html')).toBe('file:///C:/Docs/my%20docs/os.html');
    expect(fileUrl('/tmp/数据/a#b.html')).toBe('file:///tmp/%E6%95%B0%E6%8D%AE/a%23b.html');
  });
});

describe('resolveReference', () => {
  const ptBr = { path: '/srv/pt/library/audit_events.html', locale: 'pt-BR', version: versionInfo('3.12.4') };
  const en = { path: '/srv/en/library/audit_events.html', locale: 'en', version: versionInfo('3.9.4') };

  it('links to the page on docs.python.org for the locale and version', () => {
    expect(resolveReference(ref('os.html#os.open'), ptBr)).toBe('https://docs.python.org/pt-br/3.12/library/os.html#os.open');
    expect(resolveReference(ref('../reference/datamodel.html#object.__getattr__'), en)).toBe(
      'https://docs.python.org/3.9/reference/datamodel.html#object.__getattr__',
    );
    // Markdown conversions link to page.md.
    expect(resolveReference(ref('ctypes.md#ctypes.string_at'), { ...en, locale: 'zh-CN' })).toBe(
      'https://docs.python.org/zh-cn/3.9/library/ctypes.html#ctypes.string_at',
    );
    // A bare anchor points into the audit events page itself.
    expect(resolveReference(ref('#audit-events-table'), en)).toBe('https://docs.python.org/3.9/library/audit_events.html#audit-events-table');
  });

  it('gives no link for a missing target or a foreign destination', () => {
    expect(resolveReference(ref(null), en)).toBeNull();
    expect(resolveReference(ref('  '), en)).toBeNull();
    expect(resolveReference(ref('javascript:alert(1)'), en)).toBeNull();
    expect(resolveReference(ref('https://example.com/os.html'), en)).toBeNull();
    expect(resolveReference(ref('//example.com/x.html'), en)).toBeNull();
    expect(resolveReference(ref('https://docs.python.org/3/library/os.html#os.open'), en)).toBe(
      'https://docs.python.org/3/library/os.html#os.open',
    );
  });

  it('searches docs.python.org for an event in the file language', () => {
    expect(docsSearchUrl('os.open', ptBr)).toBe('https://docs.python.org/pt-br/3.12/search.html?q=os.open');
  });
});
