import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildOverview, OverviewQuerySchema, OverviewSchema } from '@malbild/shared';
import { createResponseCache } from '../plugins/response-cache';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from './route-options';

// The judgement politicians read first: per målområde and verksamhetsmål, how many measures
// met their target in a year. The rules are shared with the SPA (shared/src/assessment.ts).
export const overviewRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const cache = createResponseCache(repositories.dataVersion);
  app.get(
    '/overview',
    {
      schema: {
        tags: ['bedömning'],
        summary: 'Måluppfyllelse per målområde och verksamhetsmål för ett år',
        description:
          'period: målperiodens id (utan: den aktuella). Utan year: det senaste året i perioden som har något utfall. Två bedömningar per resultatmått. state, mot årets målvärde: met = Uppnått, improving = Ej uppnått – bättre än året före, not_met = Ej uppnått, no_data = Saknas (noDataReasons säger varför: not_published, not_measured, no_target). periodStatus, mot periodens slutmål med utfallen till och med året: target_reached = Slutmålet nått, on_track = I takt (minst 95 % av takten som behövs), too_slow = För långsamt, wrong_direction = Åt fel håll (sämre än utgångsläget); ok: false med reason när det inte kan bedömas. Metoden: /om-bedomningen.',
        querystring: OverviewQuerySchema,
        response: { 200: OverviewSchema, ...ERROR_RESPONSES },
      },
    },
    (request, reply) => {
      const { year } = request.query;
      const period = requestedPeriod(app, repositories, request, request.query.period);
      cache.send(reply, `period=${period.id}&year=${year ?? ''}`, () => {
        const measures = repositories.measures.list(period.id);
        return buildOverview(repositories.periods.detail(period), measures, year);
      });
    },
  );
};
