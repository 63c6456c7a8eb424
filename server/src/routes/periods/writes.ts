import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  conflictResponseSchema,
  PeriodChangeSchema,
  PeriodCreateSchema,
  PeriodParamsSchema,
  PeriodSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../../auth/guards';
import {
  expectWritable,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from '../route-options';

/** Creating a period (empty or copied from another) and changing it, its status included. */
export const periodWriteRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { periodSetup } = repositories;
  const editors = { preHandler: requirePermission('editStructure') };

  app.post(
    '/periods',
    {
      ...editors,
      schema: {
        tags: ['perioder'],
        summary: 'Skapa en målperiod (status planning), tom eller kopierad från en tidigare',
        description:
          'Med copyFrom kopieras målområden, verksamhetsmål och resultatmått (definitioner, enhet, riktning, skala, decimaler, Kolada-id, sammankallande enhet); varje kopierat resultatmått fortsätter originalets tidsserie. copyFrom.targets kopierar också målvärdena för de år perioderna har gemensamt.',
        body: PeriodCreateSchema,
        response: { 201: PeriodSchema, ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const period = periodSetup.create(request.body, signedInUser(request));
      return reply.code(201).send(period);
    },
  );

  app.patch(
    '/periods/:id',
    {
      ...editors,
      schema: {
        tags: ['perioder'],
        summary: 'Ändra en målperiod: namn, vision, år (under planering), status, public',
        description:
          'Status: planning → active (controller, admin), active → closed och closed → active (admin; öppna igen kräver reason). En stängd period ändras bara av en administratör med reason. Med version ger en inaktuell version 409.',
        params: PeriodParamsSchema,
        body: PeriodChangeSchema,
        response: {
          200: PeriodSchema,
          409: conflictResponseSchema(PeriodSchema),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const period = requestedPeriod(app, repositories, request, request.params.id);
      // Reopening is the one change to a closed period that is not a correction in it.
      if (request.body.status !== 'active') expectWritable(app, period, user, request.body.reason);
      const changed = periodSetup.change(period.id, request.body, user);
      if (!changed) throw app.httpErrors.notFound(`Målperioden ${request.params.id} finns inte`);
      return changed;
    },
  );
};
