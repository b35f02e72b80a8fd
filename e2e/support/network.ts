/**
 * Tests never reach the network: requests to this machine pass untouched; docs.python.org (where reference
 * links go) answers with a stand-in page, so a tab opened on it loads and its URL can be checked; anything else
 * is refused.
 */
import type { BrowserContext } from '@playwright/test';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const DOCS_STAND_IN = '<!doctype html><title>docs.python.org (stand-in)</title><p>Stand-in for docs.python.org</p>';

export async function keepOffTheNetwork(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && !LOOPBACK_HOSTS.has(url.hostname),
    (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'https:' && url.hostname === 'docs.python.org') {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: DOCS_STAND_IN });
      }
      return route.abort('blockedbyclient');
    },
  );
}
