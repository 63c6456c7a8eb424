import sensible from '@fastify/sensible';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from './db/connection';
import { createRepositories } from './db/repositories';
import { registerApiDocs } from './plugins/api-docs';
import { handleError } from './plugins/error-handler';
import { registerSecurityHeaders } from './plugins/security';
import { hasSpa, isSpaRoute, registerSpa, sendSpaIndex } from './plugins/spa';
import { useSwedishValidationMessages } from './plugins/swedish-messages';
import { activityRoutes } from './routes/activities';
import { healthRoutes } from './routes/health';
import { measureRoutes } from './routes/measures';
import { periodRoutes } from './routes/periods';
import { unitRoutes } from './routes/units';

export interface BuildAppOptions {
  db: Db;
  /** The built client (client/dist); served with SPA fallback when it holds an index.html. */
  clientDist?: string;
  logger?: FastifyServerOptions['logger'];
}

/** The whole application, ready for inject() or listen(); the caller owns and closes the db. */
export async function buildApp({
  db,
  clientDist,
  logger = false,
}: BuildAppOptions): Promise<FastifyInstance> {
  useSwedishValidationMessages();
  const app = Fastify({ logger });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await registerSecurityHeaders(app);
  await app.register(sensible);
  await registerApiDocs(app);

  const repositories = createRepositories(db);
  for (const routes of [healthRoutes, periodRoutes, measureRoutes, activityRoutes, unitRoutes]) {
    await app.register(routes, { prefix: '/api', repositories });
  }

  const spa = hasSpa(clientDist);
  if (spa) await registerSpa(app, clientDist);
  app.setNotFoundHandler((request, reply) => {
    if (spa && isSpaRoute(request)) return sendSpaIndex(reply);
    return reply
      .code(404)
      .send({ error: 'Not Found', message: `Adressen ${request.url} finns inte` });
  });
  return app;
}
