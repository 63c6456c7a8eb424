import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ErrorResponseSchema,
  KoladaGroupChoiceSchema,
  KoladaGroupQuerySchema,
  KoladaGroupSchema,
  KoladaKpiQuerySchema,
  KoladaKpiSearchSchema,
  KoladaStatusSchema,
  type KoladaStatus,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { searchKoladaGroups, searchKoladaKpis, type KoladaOptions } from '../kolada/client';
import type { KoladaRefresh } from '../kolada/refresh';
import { WRITE_RESPONSES, type RouteOptions } from './route-options';

export interface KoladaRouteOptions extends RouteOptions {
  kolada: KoladaOptions;
  refresh: KoladaRefresh;
}

const KOLADA_ERRORS = {
  ...WRITE_RESPONSES,
  429: ErrorResponseSchema.describe('För många förfrågningar; vänta och försök igen'),
  502: ErrorResponseSchema.describe('Kolada svarade med fel eller i fel format'),
  504: ErrorResponseSchema.describe('Kolada svarade inte i tid'),
};

const MAX_HITS = 25;

// The comparison with Kolada for those who keep the measures: its state, a refresh now, the
// administrator's choice of comparison group, and searches in Kolada for a KPI or a group.
// Searches go through the server (rate-limited per client), never from the browser to Kolada.
export const koladaRoutes: FastifyPluginAsyncZod<KoladaRouteOptions> = async (
  app,
  { repositories, kolada, refresh },
) => {
  const tags = ['kolada'];
  const controllers = { preHandler: requirePermission('enterValues') };
  const administrators = { preHandler: requirePermission('administer') };
  const searchLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };
  const signal = () => AbortSignal.timeout(kolada.timeoutMs);

  const status = (): KoladaStatus => {
    const settings = repositories.kolada.settings();
    const { municipalityCode } = repositories.organisation.get();
    return {
      municipalityCode,
      chosenGroup: settings.chosenGroup,
      group: repositories.kolada.group(municipalityCode),
      lastAttemptAt: settings.lastAttemptAt,
      lastSuccessAt: settings.lastSuccessAt,
      lastError: settings.lastError,
      running: refresh.running(),
      kpis: repositories.kolada.kpis(),
      version: settings.version,
    };
  };

  app.get(
    '/kolada/status',
    {
      ...controllers,
      schema: {
        tags,
        summary: 'Jämförelsen med Kolada: grupp, senaste hämtning och fel',
        response: { 200: KoladaStatusSchema, ...WRITE_RESPONSES },
      },
    },
    status,
  );

  app.post(
    '/kolada/refresh',
    {
      ...controllers,
      // A refresh asks Kolada once per KPI: a few a minute is plenty, and a second request
      // while one runs joins it.
      config: { rateLimit: { max: 3, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Hämta jämförelsevärdena från Kolada nu (annars sker det enligt schema)',
        description:
          'Hämtar riket och jämförelsegruppen för varje Kolada-id. Ett nyckeltal som Kolada ' +
          'inte svarar för behåller sina tidigare värden; lastError säger vilket.',
        response: { 200: KoladaStatusSchema, ...KOLADA_ERRORS },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      await refresh.run(new Date());
      const after = status();
      repositories.audit.record({
        actor: user.username,
        action: 'kolada_refreshed',
        detail: { lastError: after.lastError },
      });
      return after;
    },
  );

  app.put(
    '/kolada/group',
    {
      ...administrators,
      schema: {
        tags,
        summary: 'Välj jämförelsegrupp (endast administratör); null = Koladas liknande kommuner',
        body: KoladaGroupChoiceSchema,
        response: { 200: KoladaStatusSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const { group, version } = request.body;
      repositories.kolada.chooseGroup(group, version, user.username);
      repositories.audit.record({
        actor: user.username,
        action: 'kolada_group_chosen',
        detail: { group },
      });
      return status();
    },
  );

  app.get(
    '/kolada/kpis',
    {
      ...controllers,
      config: searchLimit,
      schema: {
        tags,
        summary: 'Sök nyckeltal i Kolada efter namn',
        querystring: KoladaKpiQuerySchema,
        response: { 200: KoladaKpiSearchSchema, ...KOLADA_ERRORS },
      },
    },
    async (request) => {
      const found = await searchKoladaKpis(kolada, request.query.title, signal());
      return {
        total: found.length,
        hits: found
          .slice(0, MAX_HITS)
          .map(({ id, title, description }) => ({ id, title, description: description ?? null })),
      };
    },
  );

  app.get(
    '/kolada/groups',
    {
      ...administrators,
      config: searchLimit,
      schema: {
        tags,
        summary: 'Sök kommungrupper i Kolada efter namn',
        querystring: KoladaGroupQuerySchema,
        response: { 200: KoladaGroupSchema.array(), ...KOLADA_ERRORS },
      },
    },
    async (request) =>
      (await searchKoladaGroups(kolada, request.query.title, signal()))
        .slice(0, MAX_HITS)
        .map(({ id, title }) => ({ id, title })),
  );
};
