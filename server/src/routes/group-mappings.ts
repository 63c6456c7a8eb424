import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  conflictResponseSchema,
  ErrorResponseSchema,
  GroupMappingInputSchema,
  GroupMappingSchema,
  UpdateGroupMappingSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { unknownUnits, withLookups } from './lookups';
import { WRITE_RESPONSES, type RouteOptions } from './route-options';

const MappingParamsSchema = z.object({ id: z.coerce.number().int().min(1) });
const RemoveQuerySchema = z.object({ version: z.coerce.number().int() });

// The identity provider's groups → roles and units; only administrators keep the mapping.
export const groupMappingRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { groupMappings, audit } = repositories;
  const admins = { onRequest: requirePermission('administer') };
  const tags = ['användare'];
  const record = (request: Parameters<typeof signedInUser>[0], action: string, detail: object) =>
    audit.record({ actor: signedInUser(request).username, action, detail });

  app.get(
    '/group-mappings',
    {
      ...admins,
      schema: {
        tags,
        summary: 'Identitetsleverantörens grupper och de roller och enheter de ger',
        response: { 200: GroupMappingSchema.array(), ...WRITE_RESPONSES },
      },
    },
    () => groupMappings.list(),
  );

  app.post(
    '/group-mappings',
    {
      ...admins,
      schema: {
        tags,
        summary: 'Koppla en grupp till roller och enheter',
        body: withLookups(GroupMappingInputSchema, (mapping) =>
          unknownUnits(repositories, mapping.units, 'units'),
        ),
        response: {
          201: GroupMappingSchema,
          409: ErrorResponseSchema.describe('Gruppen har redan en koppling'),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request, reply) => {
      const mapping = groupMappings.create(request.body);
      record(request, 'group_mapping_created', mapping);
      reply.code(201);
      return mapping;
    },
  );

  app.patch(
    '/group-mappings/:id',
    {
      ...admins,
      schema: {
        tags,
        summary: 'Ändra en grupps roller och enheter',
        params: MappingParamsSchema,
        body: withLookups(UpdateGroupMappingSchema, (mapping) =>
          unknownUnits(repositories, mapping.units, 'units'),
        ),
        response: {
          200: GroupMappingSchema,
          409: conflictResponseSchema(GroupMappingSchema),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request) => {
      const { version, ...changes } = request.body;
      const mapping = groupMappings.update(request.params.id, version, changes);
      record(request, 'group_mapping_changed', mapping);
      return mapping;
    },
  );

  app.delete(
    '/group-mappings/:id',
    {
      ...admins,
      schema: {
        tags,
        summary: 'Ta bort en grupps koppling; medlemmarna får inga roller av den längre',
        params: MappingParamsSchema,
        querystring: RemoveQuerySchema,
        response: {
          204: z.null(),
          409: conflictResponseSchema(GroupMappingSchema),
          ...WRITE_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const removed = groupMappings.remove(request.params.id, request.query.version);
      record(request, 'group_mapping_removed', removed);
      return reply.code(204).send(null);
    },
  );
};
