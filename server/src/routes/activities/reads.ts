import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ACTIVITY_PAGE,
  ActivityDetailSchema,
  ActivityHistorySchema,
  ActivityPageQuerySchema,
  ActivityParamsSchema,
  ActivitySchema,
} from '@malbild/shared';
import { activityViewOf } from '../../db/activities';
import { missingActivity } from '../../db/activity-plan';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from '../route-options';
import { withKnownFilters } from './filters';

/** The same request for another page. */
function pageUrl(requestUrl: string, limit: number, offset: number): string {
  const url = new URL(requestUrl, 'http://localhost');
  url.searchParams.set('limit', String(limit));
  url.searchParams.set('offset', String(offset));
  return `${url.pathname}${url.search}`;
}

/** The public reads: the list, one activity and an activity's history. */
export const activityReadRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  app.get(
    '/activities',
    {
      schema: {
        tags: ['målaktiviteter'],
        summary:
          'Periodens målaktiviteter (period: dess id, utan: den aktuella), sorterade på år, resultatmått och ordning',
        description:
          'Filtren kombineras. En okänd enhetskod (unit) eller ett okänt resultatmått (measure) ger 400 med fältfel, ' +
          'inte en tom lista; ett år utan aktiviteter ger en tom lista. ' +
          `Svaret är en sida: högst limit rader (förval ${ACTIVITY_PAGE.defaultLimit}, högst ${ACTIVITY_PAGE.maxLimit}) från offset. ` +
          'X-Total-Count anger antalet träffar; Link med rel="next" pekar på nästa sida när det finns fler.',
        querystring: withKnownFilters(ActivityPageQuerySchema, repositories),
        response: { 200: ActivitySchema.array(), ...ERROR_RESPONSES },
      },
    },
    (request, reply) => {
      const { limit, offset, period, ...filter } = request.query;
      const periodId = requestedPeriod(app, repositories, request, period).id;
      const { total, activities } = repositories.activities.page(
        { periodId, ...filter, view: activityViewOf(request.user) },
        limit,
        offset,
      );
      reply.header('X-Total-Count', total);
      if (offset + activities.length < total) {
        reply.header('Link', `<${pageUrl(request.url, limit, offset + limit)}>; rel="next"`);
      }
      return activities;
    },
  );

  app.get(
    '/activities/:id',
    {
      schema: {
        tags: ['målaktiviteter'],
        summary:
          'En målaktivitet med resultatmått, verksamhetsmål, källdokument och alla uppföljningar (nyaste först)',
        description: 'Id:t är aktivitetens permanenta adress; en borttagen aktivitet ger 404.',
        params: ActivityParamsSchema,
        response: { 200: ActivityDetailSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { id } = request.params;
      const activity = repositories.activities.detail(id, activityViewOf(request.user));
      if (!activity) throw missingActivity(id);
      return activity;
    },
  );

  app.get(
    '/activities/:id/history',
    {
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Alla ändringar av en målaktivitet, nyaste först: vem, när, före och efter',
        params: ActivityParamsSchema,
        response: { 200: ActivityHistorySchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { id } = request.params;
      const changes = repositories.activityPlan.history(id, activityViewOf(request.user));
      if (!changes) throw missingActivity(id);
      return { activityId: id, changes };
    },
  );
};
