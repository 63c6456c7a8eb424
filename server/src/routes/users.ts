import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  conflictResponseSchema,
  CreateUserSchema,
  ErrorResponseSchema,
  UpdateUserSchema,
  UserSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { unknownUnits, withLookups } from './lookups';
import { WRITE_RESPONSES, type RouteOptions } from './route-options';

const UserParamsSchema = z.object({ id: z.coerce.number().int().min(1) });

// Accounts: only administrators list, add, change and disable users.
export const userRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories, passwords },
) => {
  const { users, sessions, audit } = repositories;
  const admins = { preHandler: requirePermission('administer') };
  const tags = ['användare'];

  app.get(
    '/users',
    {
      ...admins,
      schema: { tags, summary: 'Alla användare', response: { 200: UserSchema.array() } },
    },
    () => users.list(),
  );

  app.post(
    '/users',
    {
      ...admins,
      schema: {
        tags,
        summary: 'Lägg till en användare',
        body: withLookups(CreateUserSchema, (user) =>
          unknownUnits(repositories, user.units, 'units'),
        ),
        response: {
          201: UserSchema,
          409: ErrorResponseSchema.describe('Användarnamnet är upptaget'),
          ...WRITE_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const { password, ...fields } = request.body;
      const passwordHash = await passwords.hash(password);
      // Checked after the await, right before the insert: no other request runs in between.
      if (users.credentials(fields.username)) {
        throw app.httpErrors.conflict(`Användarnamnet ${fields.username} är upptaget`);
      }
      const user = users.create({ ...fields, passwordHash });
      audit.record({
        actor: signedInUser(request).username,
        action: 'user_created',
        subject: user.username,
        detail: { roles: user.roles, units: user.units },
      });
      reply.code(201);
      return user;
    },
  );

  app.patch(
    '/users/:id',
    {
      ...admins,
      schema: {
        tags,
        summary: 'Ändra namn, lösenord, roller, enheter eller spärra en användare',
        params: UserParamsSchema,
        body: withLookups(UpdateUserSchema, (user) =>
          unknownUnits(repositories, user.units, 'units'),
        ),
        response: { 200: UserSchema, 409: conflictResponseSchema(UserSchema), ...WRITE_RESPONSES },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { version, password, ...changes } = request.body;
      const passwordHash = password === undefined ? undefined : await passwords.hash(password);
      const updated = users.update(id, version, {
        ...changes,
        ...(passwordHash && { passwordHash }),
      });
      if (changes.disabled || passwordHash) sessions.removeForUser(id);
      audit.record({
        actor: signedInUser(request).username,
        action: 'user_changed',
        subject: updated.username,
        detail: { ...changes, password: password ? 'ändrat' : undefined },
      });
      return updated;
    },
  );
};
