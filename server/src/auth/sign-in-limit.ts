import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SignInLimitQueries } from '../db/sign-in-limits';
import { hashToken } from './token-hash';

// Sign-in is limited per client address (the rate limit on the route) and per username, so
// that guessing one account's password from many addresses is slow too. The username limit
// must not let an attacker lock the real user out: a browser the user has signed in from
// before carries a device cookie, and may keep trying while the username is locked.

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;
export const DEVICE_COOKIE = 'malbild_device';
const DEVICE_DAYS = 365;

function deviceHash(request: FastifyRequest): string | null {
  const token = request.cookies[DEVICE_COOKIE];
  return token ? hashToken(token) : null;
}

/** Throws 429 when the username has had too many failed attempts from unknown browsers. */
export function checkUsernameLimit(
  app: FastifyInstance,
  limits: SignInLimitQueries,
  request: FastifyRequest,
  username: string,
  userId: number | undefined,
): void {
  const since = new Date(Date.now() - WINDOW_MINUTES * 60_000).toISOString();
  if (limits.failuresSince(username, since) < MAX_FAILURES) return;
  const device = deviceHash(request);
  if (device && userId !== undefined && limits.isTrusted(device, userId)) return;
  throw app.httpErrors.tooManyRequests(
    `För många misslyckade inloggningar för ${username}. Vänta ${WINDOW_MINUTES} minuter, eller logga in från en dator där du har loggat in förut.`,
  );
}

/** After a sign-in: this browser is one the user signs in from (a cookie for a year). */
export function trustDevice(
  limits: SignInLimitQueries,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: number,
): void {
  const known = deviceHash(request);
  if (known && limits.isTrusted(known, userId)) return;
  const token = randomBytes(32).toString('base64url');
  limits.trustDevice(hashToken(token), userId);
  reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/api/auth',
    maxAge: DEVICE_DAYS * 24 * 3600,
  });
}
