import { httpErrors } from '@fastify/sensible';
import type { FastifyRequest } from 'fastify';
import { may, type Permission, type User } from '@malbild/shared';

/** The 401 of every write. */
export const SIGN_IN_TO_WRITE = 'Logga in för att ändra.';
/** The 401 of a read only signed-in users may make (intern kontroll of an unpublished year). */
export const SIGN_IN_TO_READ =
  'Logga in för att läsa det här. Det blir offentligt när året publiceras.';

/**
 * A route's guard (onRequest or preHandler): 401 without a session, 403 when the user's roles do
 * not grant the permission (shared/src/permissions.ts, which the pages follow too). Which unit's
 * activities a unit editor may write is decided by the route, from the stored activity.
 */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest) => {
    if (!request.user) throw httpErrors.unauthorized(SIGN_IN_TO_WRITE);
    if (!may(request.user, permission)) {
      throw httpErrors.forbidden('Din roll får inte göra den här ändringen.');
    }
  };
}

/** A signed-in user, for handlers behind requirePermission. */
export function signedInUser(request: FastifyRequest): User {
  if (!request.user) throw new Error('requirePermission must run before this handler');
  return request.user;
}
