/**
 * Who may talk to Studio. Bound to a loopback address, only pages Studio served itself (same Origin,
 * a Host naming this machine) are answered; bound elsewhere, every request must also carry the random
 * access token printed at start (in `?token=`, then a SameSite cookie, or the `x-studio-token` header).
 */
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Cookies are shared by every port of a host: the port in the name keeps two Studios apart. */
export function tokenCookie(port: number): string {
  return `refract_studio_token_${port}`;
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export type AccessVerdict = { readonly ok: true; readonly setCookie: boolean } | { readonly ok: false; readonly status: number; readonly reason: string };

export interface AccessPolicy {
  readonly hostname: string;
  readonly port: number;
  readonly token: string | null;
}

export function checkAccess(request: IncomingMessage, policy: AccessPolicy): AccessVerdict {
  const host = request.headers.host ?? '';
  if (isLoopback(policy.hostname) && !loopbackHosts(policy.port).has(host.toLowerCase())) {
    // A DNS name pointing at 127.0.0.1 from another site (DNS rebinding) lands here.
    return { ok: false, status: 403, reason: `Studio answers only to localhost, not to Host "${host}".` };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return { ok: false, status: 403, reason: `Requests from another origin (${origin}) are refused.` };
  }
  // A link from another site may open the page (a shared view), but never call the API.
  const isApi = (request.url ?? '/').startsWith('/api/');
  if (isApi && request.headers['sec-fetch-site'] === 'cross-site') return { ok: false, status: 403, reason: 'Cross-site requests are refused.' };
  if (!policy.token) return { ok: true, setCookie: false };
  const fromQuery = new URL(request.url ?? '/', 'http://studio').searchParams.get('token');
  const header = request.headers['x-studio-token'];
  const presented = fromQuery ?? (typeof header === 'string' ? header : null) ?? cookie(request, tokenCookie(policy.port));
  if (!presented || !sameSecret(presented, policy.token)) {
    return { ok: false, status: 401, reason: 'Studio needs its access token: open the URL printed when it started.' };
  }
  return { ok: true, setCookie: fromQuery !== null };
}

function loopbackHosts(port: number): Set<string> {
  return new Set(['localhost', '127.0.0.1', '[::1]'].map((h) => `${h}:${port}`));
}

function cookie(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
