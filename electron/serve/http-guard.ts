/**
 * The browser host's gatekeeping: who may talk to it (Host header, token, Origin) and the security headers
 * every response carries. Pure functions over header values, so tests can check each rule on its own.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../shared/web-policy.js';

/** The header API calls carry the token in; EventSource and opened tabs use `?token=` instead. */
export const TOKEN_HEADER = 'x-doctable-token';

/** 32 random bytes, hex: unguessable, and safe in a URL without escaping. */
export function createToken(): string {
  return randomBytes(32).toString('hex');
}

/** Compares in constant time (over SHA-256 digests, so different lengths leak nothing either). */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

export type TokenCheck = 'ok' | 'missing' | 'wrong';

export function checkToken(given: string | null | undefined, expected: string): TokenCheck {
  if (given === null || given === undefined || given === '') return 'missing';
  return tokensEqual(given, expected) ? 'ok' : 'wrong';
}

/**
 * Only `127.0.0.1:PORT` and `localhost:PORT`. A DNS-rebinding page reaches the socket under its own host
 * name, so it fails here even before the token.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A cross-site page may not even try state-changing calls: an Origin, when sent, must be this host. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return originHeader === `http://127.0.0.1:${port}` || originHeader === `http://localhost:${port}`;
}

/** Headers on every response, static or API. */
export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()');
}

/** A local documentation file shown in its own tab: inert (no scripts, no requests), whatever it holds. */
export const LOCAL_FILE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
