import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, User } from '@malbild/shared';

// preHandlers for write routes: 401 without a session, 403 without one of the roles.

export function requireRole(...roles: Role[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.user) {
      return reply.code(401).send({ error: 'Unauthorized', message: 'Logga in för att ändra.' });
    }
    if (!request.user.roles.some((role) => roles.includes(role))) {
      return reply
        .code(403)
        .send({ error: 'Forbidden', message: 'Din roll får inte göra den här ändringen.' });
    }
  };
}

/** A signed-in user, for handlers behind requireRole. */
export function signedInUser(request: FastifyRequest): User {
  if (!request.user) throw new Error('requireRole must run before this handler');
  return request.user;
}

/** Controllers and admins may edit every unit's activities; a unit editor only their own units'. */
export function mayEditUnits(user: User, unitCodes: readonly string[]): boolean {
  if (user.roles.includes('admin') || user.roles.includes('controller')) return true;
  return user.roles.includes('unit_editor') && unitCodes.some((code) => user.units.includes(code));
}
