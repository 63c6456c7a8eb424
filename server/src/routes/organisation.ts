import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema, OrganisationChangeSchema, OrganisationSchema } from '@malbild/shared';
import { requireRole, signedInUser } from '../auth/guards';
import type { RouteOptions } from './route-options';

// The organisation's settings: the municipality code (kommunkod) Kolada imports ask for.
export const organisationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { organisation, audit } = repositories;
  const tags = ['organisation'];

  app.get(
    '/organisation',
    {
      schema: {
        tags,
        summary: 'Organisationens inställningar: kommunkoden (SCB) som Kolada-importen använder',
        response: { 200: OrganisationSchema },
      },
    },
    () => organisation.get(),
  );

  app.put(
    '/organisation',
    {
      preHandler: requireRole('admin'),
      schema: {
        tags,
        summary: 'Ändra kommunkoden (endast administratör); en inaktuell version ger 409',
        body: OrganisationChangeSchema,
        response: {
          200: OrganisationSchema,
          400: ErrorResponseSchema,
          401: ErrorResponseSchema,
          403: ErrorResponseSchema,
          409: ErrorResponseSchema.extend({ current: OrganisationSchema }),
        },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const { changed, current } = organisation.change(request.body, user);
      if (!changed) {
        return reply.code(409).send({
          error: 'Conflict',
          message: 'Någon annan har ändrat inställningarna under tiden. Se de aktuella.',
          current,
        });
      }
      audit.record({ actor: user.username, action: 'organisation_changed', detail: request.body });
      return current;
    },
  );
};
