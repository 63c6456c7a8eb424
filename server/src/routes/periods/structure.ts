import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AreaChangeSchema,
  AreaCreateSchema,
  AreaSchema,
  conflictResponseSchema,
  GoalChangeSchema,
  GoalCreateSchema,
  GoalSchema,
  MeasureChangeSchema,
  MeasureCreateSchema,
  MeasureNumberParamsSchema,
  MeasureRemovalSchema,
  PeriodParamsSchema,
  RemovalQuerySchema,
  StoredDefinitionSchema,
  StructureItemParamsSchema,
  type User,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../../auth/guards';
import type { Repositories } from '../../db/repositories';
import { unknownUnits, withLookups } from '../lookups';
import {
  expectWritable,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from '../route-options';

const StoredAreaSchema = AreaSchema.omit({ goals: true }).extend({ position: z.number().int() });
const StoredGoalSchema = GoalSchema.omit({ measureNumbers: true }).extend({
  position: z.number().int(),
});

/** The period a structure write is for, checked writable for the user. */
function writablePeriod(
  app: FastifyInstance,
  repositories: Repositories,
  request: FastifyRequest,
  id: number,
  reason: string | undefined,
): { periodId: number; user: User } {
  const user = signedInUser(request);
  const period = requestedPeriod(app, repositories, request, id);
  expectWritable(app, period, user, reason);
  return { periodId: period.id, user };
}

const responsibleUnitKnown =
  (repositories: Repositories) => (value: { responsibleUnit?: string | null }) =>
    unknownUnits(
      repositories,
      value.responsibleUnit ? [value.responsibleUnit] : [],
      'responsibleUnit',
    );

/** Areas, goals and measures of a period: added, changed, reordered, moved, removed. */
export const structureRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { structure } = repositories;
  const editors = { preHandler: requirePermission('editStructure') };
  const tags = ['perioder'];
  const period = (request: FastifyRequest, id: number, reason: string | undefined) =>
    writablePeriod(app, repositories, request, id, reason);
  const missing = (what: string) => app.httpErrors.notFound(`${what} finns inte i perioden`);

  app.post(
    '/periods/:id/areas',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Lägg till ett målområde sist i perioden',
        params: PeriodParamsSchema,
        body: AreaCreateSchema,
        response: { 201: StoredAreaSchema, ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const { periodId, user } = period(request, request.params.id, request.body.reason);
      return reply.code(201).send(structure.createArea(periodId, request.body, user));
    },
  );

  app.patch(
    '/periods/:id/areas/:itemId',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Byt namn på eller flytta ett målområde (position 1 = först)',
        params: StructureItemParamsSchema,
        body: AreaChangeSchema,
        response: {
          200: StoredAreaSchema,
          409: conflictResponseSchema(StoredAreaSchema),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request) => {
      const { periodId, user } = period(request, request.params.id, request.body.reason);
      const changed = structure.changeArea(periodId, request.params.itemId, request.body, user);
      if (!changed) throw missing('Målområdet');
      return changed;
    },
  );

  app.delete(
    '/periods/:id/areas/:itemId',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Ta bort ett målområde utan verksamhetsmål',
        params: StructureItemParamsSchema,
        querystring: RemovalQuerySchema,
        response: { 204: z.null().describe('Borttaget'), ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const { version, reason } = request.query;
      const { periodId, user } = period(request, request.params.id, reason);
      if (!structure.removeArea(periodId, request.params.itemId, version, user, reason)) {
        throw missing('Målområdet');
      }
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/periods/:id/goals',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Lägg till ett verksamhetsmål sist i ett målområde',
        description:
          'description: "Det här menar vi med målet", en text (stycken åtskilda av tomrad) eller en lista av stycken.',
        params: PeriodParamsSchema,
        body: GoalCreateSchema,
        response: { 201: StoredGoalSchema, ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const { periodId, user } = period(request, request.params.id, request.body.reason);
      return reply.code(201).send(structure.createGoal(periodId, request.body, user));
    },
  );

  app.patch(
    '/periods/:id/goals/:itemId',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Ändra ett verksamhetsmål, flytta det inom eller till ett annat målområde',
        params: StructureItemParamsSchema,
        body: GoalChangeSchema,
        response: {
          200: StoredGoalSchema,
          409: conflictResponseSchema(StoredGoalSchema),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request) => {
      const { periodId, user } = period(request, request.params.id, request.body.reason);
      const changed = structure.changeGoal(periodId, request.params.itemId, request.body, user);
      if (!changed) throw missing('Verksamhetsmålet');
      return changed;
    },
  );

  app.delete(
    '/periods/:id/goals/:itemId',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Ta bort ett verksamhetsmål utan resultatmått',
        params: StructureItemParamsSchema,
        querystring: RemovalQuerySchema,
        response: { 204: z.null().describe('Borttaget'), ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const { version, reason } = request.query;
      const { periodId, user } = period(request, request.params.id, reason);
      if (!structure.removeGoal(periodId, request.params.itemId, version, user, reason)) {
        throw missing('Verksamhetsmålet');
      }
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/periods/:id/measures',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Lägg till ett resultatmått sist i ett verksamhetsmål; numren följer ordningen',
        description:
          'continues: { periodId, number } för ett resultatmått i en tidigare period som det nya fortsätter – samma tidsserie, utfallen lagras en gång.',
        params: PeriodParamsSchema,
        body: withLookups(MeasureCreateSchema, responsibleUnitKnown(repositories)),
        response: { 201: StoredDefinitionSchema, ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const { periodId, user } = period(request, request.params.id, request.body.reason);
      return reply.code(201).send(structure.createMeasure(periodId, request.body, user));
    },
  );

  app.patch(
    '/periods/:id/measures/:number',
    {
      ...editors,
      schema: {
        tags,
        summary:
          'Ändra ett resultatmåtts definition, flytta det till ett annat verksamhetsmål eller en annan plats (goalId, position)',
        params: MeasureNumberParamsSchema,
        body: withLookups(MeasureChangeSchema, responsibleUnitKnown(repositories)),
        response: {
          200: StoredDefinitionSchema,
          409: conflictResponseSchema(StoredDefinitionSchema),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request) => {
      const { periodId, user } = period(request, request.params.id, request.body.reason);
      return structure.changeMeasure(periodId, request.params.number, request.body, user);
    },
  );

  app.delete(
    '/periods/:id/measures/:number',
    {
      ...editors,
      schema: {
        tags,
        summary:
          'Ta bort ett resultatmått som inget är registrerat för; annars avslutas det och behåller sina data',
        params: MeasureNumberParamsSchema,
        querystring: RemovalQuerySchema,
        response: {
          200: MeasureRemovalSchema,
          409: conflictResponseSchema(z.unknown()),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request) => {
      const { version, reason } = request.query;
      const { periodId, user } = period(request, request.params.id, reason);
      const outcome = structure.removeMeasure(
        periodId,
        request.params.number,
        version,
        user,
        reason,
      );
      if (!outcome) throw missing(`Resultatmått ${request.params.number}`);
      return { outcome };
    },
  );
};
