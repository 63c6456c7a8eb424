import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ControlPlanSchema,
  ControlPublicationSchema,
  ControlSummarySchema,
  ControlUnitReportSchema,
  ControlYearQuerySchema,
  RiskSchema,
} from '@malbild/shared';
import { z } from 'zod';
import { withLookups, unknownUnits } from '../lookups';
import { READ_RESPONSES, type RouteOptions } from '../route-options';
import { readableYear } from './access';

const tags = ['intern kontroll'];
const READ_RULE =
  'Kräver inloggning, utom för ett år som administratören har publicerat (allmän handling).';

export const internalControlReadRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { internalControl, units } = repositories;
  const UnitQuery = withLookups(ControlYearQuerySchema.extend({ unit: z.string().max(10) }), (q) =>
    unknownUnits(repositories, [q.unit], 'unit'),
  );

  app.get(
    '/internal-control/risks',
    {
      schema: {
        tags,
        summary: 'Årets riskanalyser: kommunkoncernens (unit null) och nämndernas/bolagens',
        description: `riskpoang = sannolikhet × konsekvens, beräknad. ${READ_RULE}`,
        querystring: ControlYearQuerySchema,
        response: { 200: RiskSchema.array(), ...READ_RESPONSES },
      },
    },
    (request) => internalControl.risks(readableYear(repositories, request)),
  );

  app.get(
    '/internal-control/plans',
    {
      schema: {
        tags,
        summary:
          'Årets planer för intern kontroll: den kommunövergripande (unit null) och nämndernas/bolagens, med kontrollpunkter',
        description: READ_RULE,
        querystring: ControlYearQuerySchema,
        response: { 200: ControlPlanSchema.array(), ...READ_RESPONSES },
      },
    },
    (request) => internalControl.plans(readableYear(repositories, request)),
  );

  app.get(
    '/internal-control/follow-ups',
    {
      schema: {
        tags,
        summary:
          'En enhets uppföljning av årets kontrollpunkter (de kommungemensamma och de egna): rapporten till KS',
        description: READ_RULE,
        querystring: UnitQuery,
        response: { 200: ControlUnitReportSchema, ...READ_RESPONSES },
      },
    },
    (request) =>
      internalControl.unitReport(readableYear(repositories, request), request.query.unit),
  );

  app.get(
    '/internal-control/summary',
    {
      schema: {
        tags,
        summary: 'Sammanställning för koncernen: bedömningar per kommungemensam kontrollpunkt',
        description: READ_RULE,
        querystring: ControlYearQuerySchema,
        response: { 200: ControlSummarySchema, ...READ_RESPONSES },
      },
    },
    (request) =>
      internalControl.summary(
        readableYear(repositories, request),
        units.list().map((u) => u.code),
      ),
  );

  app.get(
    '/internal-control/years',
    {
      schema: {
        tags,
        summary:
          'Åren som har en plan eller riskanalys för intern kontroll, och om de är publicerade',
        response: { 200: ControlPublicationSchema.array() },
      },
    },
    () => internalControl.years(),
  );

  app.get(
    '/internal-control/publication',
    {
      schema: {
        tags,
        summary: 'Om årets planer och sammanställning är publicerade för allmänheten',
        querystring: ControlYearQuerySchema,
        response: { 200: ControlPublicationSchema, ...READ_RESPONSES },
      },
    },
    (request) => ({
      year: request.query.year,
      published: internalControl.isPublished(request.query.year),
    }),
  );
};
