import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  ACTIVITY_PAGE,
  ActivityPageQuerySchema,
  ActivityQuerySchema,
  ActivitySchema,
  type ActivityQuery,
} from '@malbild/shared';
import type { Repositories } from '../db/repositories';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from './route-options';

/** Filter values that name nothing in the database, as field errors. */
function unknownFilterValues({ unit, measure }: ActivityQuery, repositories: Repositories) {
  const period = repositories.periods.current();
  return [
    unit !== undefined && !repositories.units.exists(unit)
      ? { path: ['unit'], message: `Enheten ${unit} finns inte` }
      : null,
    measure !== undefined && period && !repositories.measures.exists(period.id, measure)
      ? { path: ['measure'], message: `Resultatmått ${measure} finns inte` }
      : null,
  ].filter((issue) => issue !== null);
}

/**
 * The activity filters, refusing values that name nothing: a misspelt unit or measure would
 * otherwise look like "no activities". Only a well-formed query is looked up, so a malformed
 * value gets one error, not two. Shared with the open data export.
 */
export function activityQuerySchema(repositories: Repositories) {
  return withKnownFilters(ActivityQuerySchema, repositories);
}

function withKnownFilters<T extends z.ZodType<ActivityQuery>>(
  schema: T,
  repositories: Repositories,
) {
  return schema.superRefine(
    (query, context) => {
      for (const issue of unknownFilterValues(query, repositories)) {
        context.addIssue({ code: 'custom', ...issue });
      }
    },
    { when: (payload) => payload.issues.length === 0 },
  );
}

/** The same request for another page. */
function pageUrl(requestUrl: string, limit: number, offset: number): string {
  const url = new URL(requestUrl, 'http://localhost');
  url.searchParams.set('limit', String(limit));
  url.searchParams.set('offset', String(offset));
  return `${url.pathname}${url.search}`;
}

// activity = målaktivitet; unit = koncernenhet.
export const activityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const querystring = withKnownFilters(ActivityPageQuerySchema, repositories);

  app.get(
    '/activities',
    {
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Den aktuella periodens målaktiviteter, sorterade på år, resultatmått och ordning',
        description:
          'Filtren kombineras. En okänd enhetskod (unit) eller ett okänt resultatmått (measure) ger 400 med fältfel, ' +
          'inte en tom lista; ett år utan aktiviteter ger en tom lista. ' +
          `Svaret är en sida: högst limit rader (förval ${ACTIVITY_PAGE.defaultLimit}, högst ${ACTIVITY_PAGE.maxLimit}) från offset. ` +
          'X-Total-Count anger antalet träffar; Link med rel="next" pekar på nästa sida när det finns fler.',
        querystring,
        response: { 200: ActivitySchema.array(), ...ERROR_RESPONSES },
      },
    },
    (request, reply) => {
      const { limit, offset, ...filter } = request.query;
      const periodId = currentPeriodOrThrow(app, repositories).id;
      const { total, activities } = repositories.activities.page(
        { periodId, ...filter },
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
};
