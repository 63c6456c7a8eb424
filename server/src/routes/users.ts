import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AuditEntrySchema,
  CreateUserSchema,
  ErrorResponseSchema,
  UpdateUserSchema,
  UserSchema,
} from '@malbild/shared';
import { requireRole, signedInUser } from '../auth/guards';
import type { RouteOptions } from './route-options';

const UserParamsSchema = z.object({ id: z.coerce.number().int().min(1) });
const AuditQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });
const WRITE_ERRORS = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};

// Accounts: only administrators list, add, change and disable users.
export const userRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories, passwords },
) => {
  const { users, sessions, units, audit } = repositories;
  const adminOnly = { preHandler: requireRole('admin') };

  const unknownUnits = (codes: string[] | undefined) =>
    (codes ?? []).filter((c) => !units.exists(c));
  const refuseUnknownUnits = (codes: string[] | undefined) => {
    const unknown = unknownUnits(codes);
    if (unknown.length > 0) {
      throw new z.ZodError([
        {
          code: 'custom',
          path: ['units'],
          message: `Okänd enhet: ${unknown.join(', ')}`,
          input: codes,
        },
      ]);
    }
  };

  app.get(
    '/users',
    {
      ...adminOnly,
      schema: {
        tags: ['användare'],
        summary: 'Alla användare',
        response: { 200: UserSchema.array() },
      },
    },
    () => users.list(),
  );

  app.post(
    '/users',
    {
      ...adminOnly,
      schema: {
        tags: ['användare'],
        summary: 'Lägg till en användare',
        body: CreateUserSchema,
        response: { 201: UserSchema, 409: ErrorResponseSchema, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { password, ...rest } = request.body;
      refuseUnknownUnits(rest.units);
      if (users.credentials(rest.username)) {
        return reply
          .code(409)
          .send({ error: 'Conflict', message: `Användarnamnet ${rest.username} är upptaget` });
      }
      const user = users.create({ ...rest, passwordHash: await passwords.hash(password) });
      audit.record({
        actor: signedInUser(request).username,
        action: 'user_created',
        subject: user.username,
        detail: { roles: user.roles, units: user.units },
      });
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/users/:id',
    {
      ...adminOnly,
      schema: {
        tags: ['användare'],
        summary: 'Ändra namn, lösenord, roller, enheter eller spärra en användare',
        params: UserParamsSchema,
        body: UpdateUserSchema,
        response: {
          200: UserSchema,
          409: ErrorResponseSchema.extend({ current: UserSchema }),
          ...WRITE_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { version, password, ...changes } = request.body;
      refuseUnknownUnits(changes.units);
      const current = users.get(id);
      if (!current) throw app.httpErrors.notFound(`Användare ${id} finns inte`);
      const passwordHash = password === undefined ? undefined : await passwords.hash(password);
      const updated = users.update(id, version, {
        ...changes,
        ...(passwordHash && { passwordHash }),
      });
      if (!updated) {
        return reply.code(409).send({
          error: 'Conflict',
          message: 'Någon annan har ändrat användaren under tiden. Se aktuella uppgifter.',
          current,
        });
      }
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

  app.get(
    '/audit',
    {
      ...adminOnly,
      schema: {
        tags: ['användare'],
        summary: 'Granskningslogg: inloggningar och ändringar av konton, nyaste först',
        querystring: AuditQuerySchema,
        response: { 200: AuditEntrySchema.array() },
      },
    },
    (request) => audit.recent(request.query.limit),
  );
};
