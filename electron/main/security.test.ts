import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/web-policy.js';
import {
  contentSecurityPolicyFor,
  decidePermission,
  decideWindowOpen,
  isAllowedNavigation,
  isAllowedRequest,
  isTrustedSenderUrl,
  withSecurityHeaders,
  type TrustedPage,
} from './security.js';

const pageFile = path.resolve('/opt/doctable/resources/app.asar/dist/renderer/index.html');
const page: TrustedPage = { pageUrl: pathToFileURL(pageFile).href, devServerOrigin: null };
const devPage: TrustedPage = { ...page, devServerOrigin: 'http://localhost:5173' };

describe('Content-Security-Policy', () => {
  it('allows only the app’s own scripts, no inline code, no eval, no frames', () => {
    const csp = contentSecurityPolicyFor(page);
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('relaxes only for a dev server', () => {
    expect(contentSecurityPolicyFor(devPage)).toContain("'unsafe-inline'");
    expect(contentSecurityPolicyFor(devPage)).not.toContain('unsafe-eval');
  });

  it('is put on every response, replacing whatever the response said', () => {
    const headers = withSecurityHeaders({ 'content-security-policy': ["default-src *"], 'X-Other': ['kept'] }, page);
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(headers['X-Other']).toEqual(['kept']);
  });
});

describe('IPC sender check', () => {
  it('trusts the app’s own page (with any hash or query)', () => {
    expect(isTrustedSenderUrl(page.pageUrl, page)).toBe(true);
    expect(isTrustedSenderUrl(`${page.pageUrl}#/compare`, page)).toBe(true);
    expect(isTrustedSenderUrl(`${page.pageUrl}?view=table`, page)).toBe(true);
  });

  it.each([
    ['no frame', null],
    ['empty', ''],
    ['a remote page', 'https://evil.example/'],
    ['another local page', pathToFileURL(path.resolve('/tmp/evil/index.html')).href],
    ['a sibling of the page', pathToFileURL(path.join(path.dirname(pageFile), 'other.html')).href],
    ['a page on a file host', 'file://evil.example/opt/doctable/resources/app.asar/dist/renderer/index.html'],
    ['a dev server that is not configured', 'http://localhost:5173/'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_what, url) => {
    expect(isTrustedSenderUrl(url, page)).toBe(false);
  });

  it('trusts the configured dev server origin only', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', devPage)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/', devPage)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/', devPage)).toBe(false);
  });
});

describe('navigation, requests, new windows and permissions', () => {
  it('never navigates away from the app page', () => {
    expect(isAllowedNavigation(page.pageUrl, page)).toBe(true);
    expect(isAllowedNavigation('https://docs.python.org/3/', page)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', page)).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)', page)).toBe(false);
  });

  it('loads nothing remote and no file outside the page’s folder', () => {
    const assets = new URL('assets/index-abc123.js', page.pageUrl).href;
    expect(isAllowedRequest(assets, page)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', page)).toBe(true);
    expect(isAllowedRequest('https://docs.python.org/3/_static/pygments.css', page)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', page)).toBe(false);
    expect(isAllowedRequest(pathToFileURL(path.resolve('/etc/passwd')).href, page)).toBe(false);
    expect(isAllowedRequest(new URL('../../secret.txt', page.pageUrl).href, page)).toBe(false);
    expect(isAllowedRequest(`${new URL('./', page.pageUrl).href}..%2f..%2fsecret.txt`, page)).toBe(false);
    expect(isAllowedRequest('ws://evil.example/', page)).toBe(false);
  });

  it('lets a dev server serve the page and its HMR socket', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', devPage)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', devPage)).toBe(true);
    expect(isAllowedRequest('https://cdn.example/x.js', devPage)).toBe(false);
  });

  it('never opens a window; docs links go to the system browser', () => {
    expect(decideWindowOpen('https://docs.python.org/3/library/sys.html')).toEqual({
      action: 'deny',
      openExternally: 'https://docs.python.org/3/library/sys.html',
    });
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'about:blank', 'javascript:1']) {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
    }
  });

  it('denies every permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'hid', 'unknown']) {
      expect(decidePermission(permission)).toBe(false);
    }
  });
});
