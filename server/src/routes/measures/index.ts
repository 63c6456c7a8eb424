import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../route-options';
import { measureDefinitionRoutes } from './definition';
import { measureHistoryRoutes } from './history';
import { measureReadRoutes } from './reads';

// Everything under /api/measures. measure = resultatmått, with its utfall (outcomes) and
// målvärden (targets).
export const measureRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories, passwords },
) => {
  // Not the options as given: they hold the prefix, which the parts would add a second time.
  const options = { repositories, passwords };
  await app.register(measureReadRoutes, options);
  await app.register(measureHistoryRoutes, options);
  await app.register(measureDefinitionRoutes, options);
};
