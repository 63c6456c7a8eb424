import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from './route-options';

const HealthSchema = z.object({
  status: z.enum(['ok', 'error']),
  database: z.object({ ok: z.boolean(), problem: z.string().optional() }),
});

export const healthRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['drift'],
        summary: 'Svarar ok när servern är igång och databasen svarar; 503 annars',
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    (_request, reply) => {
      const database = repositories.databaseState();
      reply.code(database.ok ? 200 : 503);
      return { status: database.ok ? ('ok' as const) : ('error' as const), database };
    },
  );
};
