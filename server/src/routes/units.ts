import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  conflictResponseSchema,
  PeriodQuerySchema,
  UnitCodeParamsSchema,
  UnitCreateSchema,
  UnitHistoryEntrySchema,
  UnitMergeSchema,
  UnitRenameSchema,
  UnitRetireSchema,
  UnitWithCountsSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { activityViewOf } from '../db/activities';
import { createResponseCache } from '../plugins/response-cache';
import { withLookups } from './lookups';
import {
  ERROR_RESPONSES,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from './route-options';

const UnitSchema = UnitWithCountsSchema.omit({ activityCounts: true });
const RESPONSES = {
  ...WRITE_RESPONSES,
  409: conflictResponseSchema(UnitSchema).describe('Enheten har ändrats sedan den hämtades'),
};

// unit = koncernenhet (förvaltning, bolag or förbund). Units are added, renamed, retired and
// merged, never deleted: the plans of the years a unit had keep it.
export const unitRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  const { units, audit } = repositories;
  const tags = ['enheter'];
  const managers = { onRequest: requirePermission('manageUnits') };
  // Counting the activities of every unit reads the whole period: counted once per change.
  const cache = createResponseCache(repositories.dataVersion);

  /** The unit of the address, or 404. */
  const unitOf = (code: string) => {
    const unit = units.get(code);
    if (!unit) throw app.httpErrors.notFound(`Enheten ${code} finns inte`);
    return unit;
  };

  app.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'Koncernens enheter med antal målaktiviteter per år',
        description:
          'Alla enheter, även avslutade och sammanslagna, med tidigare namn. Antalen räknas från periodens (period, utan: den aktuella) aktivitetsrader; en aktivitet med flera ansvariga enheter räknas för var och en.',
        querystring: PeriodQuerySchema,
        response: { 200: UnitWithCountsSchema.array(), 404: ERROR_RESPONSES[404] },
      },
    },
    (request, reply) => {
      // Without any period yet (an empty database being set up) the units have no counts.
      const { period } = request.query;
      const periodId =
        period === undefined && !repositories.periods.current()
          ? undefined
          : requestedPeriod(app, repositories, request, period).id;
      const view = activityViewOf(request.user);
      cache.send(reply, `period=${periodId ?? ''}&view=${view}`, () => units.list(periodId, view));
    },
  );

  app.get(
    '/units/:code/history',
    {
      schema: {
        tags,
        summary: 'En enhets ändringar: tillagd, namnbyten, avslutad, sammanslagen (nyast först)',
        params: UnitCodeParamsSchema,
        response: { 200: UnitHistoryEntrySchema.array(), 404: ERROR_RESPONSES[404] },
      },
    },
    (request) => {
      unitOf(request.params.code);
      return units.history(request.params.code);
    },
  );

  app.post(
    '/units',
    {
      ...managers,
      schema: {
        tags,
        summary: 'Lägg till en enhet (controller eller administratör)',
        body: withLookups(UnitCreateSchema, ({ code }) =>
          units.exists(code) ? [{ path: ['code'], message: `Koden ${code} finns redan` }] : [],
        ),
        response: { 201: UnitSchema, ...RESPONSES },
      },
    },
    (request, reply) => {
      const user = signedInUser(request);
      const unit = units.create(request.body, user);
      audit.record({ actor: user.username, action: 'unit_created', subject: unit.code });
      reply.code(201);
      return unit;
    },
  );

  app.patch(
    '/units/:code',
    {
      ...managers,
      schema: {
        tags,
        summary: 'Byt namn på en enhet; det tidigare namnet sparas med sina datum',
        params: UnitCodeParamsSchema,
        body: UnitRenameSchema,
        response: { 200: UnitSchema, ...RESPONSES },
      },
    },
    (request) => {
      unitOf(request.params.code);
      return units.rename(request.params.code, request.body, signedInUser(request));
    },
  );

  app.post(
    '/units/:code/retire',
    {
      ...managers,
      schema: {
        tags,
        summary: 'Avsluta en enhet efter ett år (activeUntil), eller återaktivera den (null)',
        description:
          'Enheten finns kvar för de år den har målaktiviteter; ett år före dess sista målaktivitet vägras.',
        params: UnitCodeParamsSchema,
        body: UnitRetireSchema,
        response: { 200: UnitSchema, ...RESPONSES },
      },
    },
    (request) => {
      unitOf(request.params.code);
      return units.retire(request.params.code, request.body, signedInUser(request));
    },
  );

  app.post(
    '/units/:code/merge',
    {
      ...managers,
      schema: {
        tags,
        summary: 'Slå ihop enheten med en annan (into): dess målaktiviteter flyttas dit',
        description:
          'Varje flyttad målaktivitet får en rad i sin historik; enheten finns kvar som sammanslagen. Konton och grupper som nämner enheten ändras inte: en administratör ger dem den nya enheten.',
        params: UnitCodeParamsSchema,
        body: UnitMergeSchema,
        response: {
          200: z.object({ unit: UnitSchema, moved: z.array(z.number().int()) }),
          ...RESPONSES,
        },
      },
    },
    (request) => {
      unitOf(request.params.code);
      const user = signedInUser(request);
      const merged = units.merge(request.params.code, request.body, user);
      audit.record({
        actor: user.username,
        action: 'unit_merged',
        subject: request.params.code,
        detail: { into: request.body.into, moved: merged.moved.length },
      });
      return merged;
    },
  );
};
