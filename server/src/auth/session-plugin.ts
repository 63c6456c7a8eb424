import { randomBytes, timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { User } from '@malbild/shared';
import type { SessionQueries } from '../db/sessions';
import type { UserQueries } from '../db/users';
import { SIGN_IN_TO_WRITE } from './guards';
import { hashToken } from './token-hash';

export const SESSION_COOKIE = 'malbild_session';
const SESSION_HOURS = 10;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The only API writes the public may make: signing in and out, and the first run's first account. */
const PUBLIC_WRITES = new Set(['/api/auth/login', '/api/auth/logout', '/api/setup/first-admin']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null for the public. */
    user: User | null;
    csrfToken: string | null;
  }
}

export interface SessionPluginOptions {
  users: UserQueries;
  sessions: SessionQueries;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Server-side sessions in an httpOnly, SameSite=Strict cookie. A write made with the cookie must
 * also carry the session's CSRF token in X-CSRF-Token (synchronizer token), so another site
 * cannot write on a signed-in user's behalf even where SameSite is not enforced.
 */
export const sessionPlugin = fp<SessionPluginOptions>(async (app, { users, sessions }) => {
  await app.register(cookie);
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? sessions.find(hashToken(token), new Date().toISOString()) : undefined;
    const user = session && users.get(session.userId);
    if (!session || !user || user.disabled) {
      // Every write needs a session, checked here once for all routes: a route that forgets its
      // guard is still closed to the public, and nothing of the request is read first.
      if (
        !SAFE_METHODS.has(request.method) &&
        request.url.startsWith('/api/') &&
        !PUBLIC_WRITES.has(request.routeOptions.url ?? '')
      ) {
        throw app.httpErrors.unauthorized(SIGN_IN_TO_WRITE);
      }
      return;
    }
    request.user = user;
    request.csrfToken = session.csrfToken;
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
        throw app.httpErrors.forbidden(
          'Sidan behöver laddas om (säkerhetstoken saknas eller är för gammal).',
        );
      }
    }
  });
});

export function startSession(
  app: FastifyInstance,
  sessions: SessionQueries,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: number,
): { csrfToken: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_HOURS * 3600_000);
  sessions.removeExpired(new Date().toISOString());
  const tokenHash = hashToken(token);
  sessions.create({
    tokenHash,
    userId,
    csrfToken,
    expiresAt: expires.toISOString(),
  });
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    // Secure wherever the request came over TLS (directly or via a trusted proxy).
    secure: request.protocol === 'https',
    path: '/',
    expires,
  });
  app.log.debug({ userId }, 'session started');
  return { csrfToken, tokenHash };
}

/** The stored hash of the request's session token, e.g. to find what belongs to the session. */
export function sessionTokenHash(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token && hashToken(token);
}

export function endSession(
  sessions: SessionQueries,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const tokenHash = sessionTokenHash(request);
  if (tokenHash) sessions.remove(tokenHash);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
