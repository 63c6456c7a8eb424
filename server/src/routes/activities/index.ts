import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from '../route-options';
import { activityReadRoutes } from './reads';
import { activityWriteRoutes } from './writes';

// Everything under /api/activities. activity = målaktivitet; unit = koncernenhet.
export const activityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories, passwords },
) => {
  // Not the options as given: they hold the prefix, which the parts would add a second time.
  const options = { repositories, passwords };
  await app.register(activityReadRoutes, options);
  await app.register(activityWriteRoutes, options);
};
