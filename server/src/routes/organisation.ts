import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  conflictResponseSchema,
  OrganisationChangeSchema,
  OrganisationSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { WRITE_RESPONSES, type RouteOptions } from './route-options';

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
        summary:
          'Organisationens inställningar: kommunkoden (SCB) som Kolada-importen använder och kommunens namn i genererade dokument',
        response: { 200: OrganisationSchema },
      },
    },
    () => organisation.get(),
  );

  app.put(
    '/organisation',
    {
      preHandler: requirePermission('administer'),
      schema: {
        tags,
        summary:
          'Ändra kommunkoden och kommunens namn (endast administratör); en inaktuell version ger 409',
        body: OrganisationChangeSchema,
        response: {
          200: OrganisationSchema,
          409: conflictResponseSchema(OrganisationSchema),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const changed = organisation.change(request.body, user);
      audit.record({ actor: user.username, action: 'organisation_changed', detail: request.body });
      return changed;
    },
  );
};
