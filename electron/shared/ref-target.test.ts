import { describe, expect, it } from 'vitest';
import { isRelativeTarget, splitTarget } from './ref-target.js';

describe('isRelativeTarget', () => {
  it('tells targets beside the file from absolute ones', () => {
    for (const target of ['os.html#os.open', '../c-api/sys.html', '#audit-events-table', 'ctypes.md', ' os.html ']) expect(isRelativeTarget(target), target).toBe(true);
    for (const target of [null, '', '  ', 'https://docs.python.org/3/', 'file:///etc/passwd', '//example.com/x', '/abs/os.html', '\\\\server\\share', 'C:/x.html', 'javascript:x']) {
      expect(isRelativeTarget(target), String(target)).toBe(false);
    }
  });
});

describe('splitTarget', () => {
  it('splits page and fragment, dropping a query', () => {
    expect(splitTarget('os.html#os.system')).toEqual({ page: 'os.html', fragment: 'os.system' });
    expect(splitTarget('search.html?q=x#results')).toEqual({ page: 'search.html', fragment: 'results' });
    expect(splitTarget('#top')).toEqual({ page: '', fragment: 'top' });
    expect(splitTarget('sys.html')).toEqual({ page: 'sys.html', fragment: '' });
    expect(splitTarget('a.html#b#c')).toEqual({ page: 'a.html', fragment: 'b#c' });
  });
});
