import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './cli.js';
import { browserOpener } from './open-browser.js';

describe('doctable serve arguments', () => {
  it('takes folders, a port and --no-open', () => {
    expect(parseServeArgs(['docs', '/abs/file.html', '--port', '8080', '--no-open'])).toEqual({
      paths: ['docs', '/abs/file.html'],
      port: 8080,
      open: false,
      help: false,
    });
    expect(parseServeArgs([])).toEqual({ paths: [], port: null, open: true, help: false });
    expect(parseServeArgs(['--help'])).toMatchObject({ help: true });
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port', '-1'], ['--verbose'], ['--port']])('refuses %j', (...args) => {
    expect(parseServeArgs(args)).toHaveProperty('error');
  });
});

describe('browserOpener', () => {
  it('passes the URL as one argument to the platform opener, never through a shell', () => {
    const url = 'http://127.0.0.1:4780/?token=abc&x=1';
    expect(browserOpener('linux')).toMatchObject({ command: 'xdg-open' });
    expect(browserOpener('linux').args(url)).toEqual([url]);
    expect(browserOpener('darwin').args(url)).toEqual([url]);
    expect(browserOpener('win32').command).toBe('rundll32');
    expect(browserOpener('win32').args(url)).toEqual(['url.dll,FileProtocolHandler', url]);
  });
});
