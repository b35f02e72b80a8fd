import { describe, expect, it } from 'vitest';
import { resolveReference } from './ref-links';

describe('resolveReference', () => {
  it('resolves a relative target against the file it was written in', () => {
    expect(resolveReference('../library/ctypes.html#ctypes.string_at', '/docs/3.12/library/audit_events.html')).toBe(
      'file:///docs/3.12/library/ctypes.html#ctypes.string_at',
    );
    expect(resolveReference('functions.md#open', 'C:\\Docs\\zh cn\\audit_events.md')).toBe('file:///C:/Docs/zh%20cn/functions.md#open');
  });

  it('keeps web and file URLs, and drops what is not a link', () => {
    expect(resolveReference('https://docs.python.org/3/library/os.html#os.open', '/x/a.html')).toBe('https://docs.python.org/3/library/os.html#os.open');
    expect(resolveReference('javascript:alert(1)', '/x/a.html')).toBeNull();
    expect(resolveReference(null, '/x/a.html')).toBeNull();
    expect(resolveReference('  ', '/x/a.html')).toBeNull();
  });
});
