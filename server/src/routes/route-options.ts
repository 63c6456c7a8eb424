import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponseSchema, type Period } from '@malbild/shared';
import type { Passwords } from '../auth/password';
import type { Repositories } from '../db/repositories';

export interface RouteOptions {
  repositories: Repositories;
  passwords: Passwords;
}

type Routes = FastifyPluginAsyncZod<RouteOptions>;

/**
 * The routes of one URL prefix kept in several files, as one plugin. The parts get the options
 * without the prefix they were registered with, which Fastify would otherwise add a second time.
 */
export function routesOf(...parts: Routes[]): Routes {
  return async (app, { repositories, passwords }) => {
    for (const part of parts) await app.register(part, { repositories, passwords });
  };
}

/** Error answers every data route can give, for the OpenAPI document. */
export const ERROR_RESPONSES = {
  400: ErrorResponseSchema.describe('Ogiltig förfrågan; fields säger vad som ska rättas'),
  404: ErrorResponseSchema.describe('Finns inte'),
};

/** …and those of a read only a signed-in user may make. */
export const READ_RESPONSES = {
  ...ERROR_RESPONSES,
  401: ErrorResponseSchema.describe('Inte inloggad, och året är inte publicerat'),
};

/** …and those of a route that needs a signed-in user with a permission. */
export const WRITE_RESPONSES = {
  ...ERROR_RESPONSES,
  401: ErrorResponseSchema.describe('Inte inloggad'),
  403: ErrorResponseSchema.describe('Rollen eller enheten får inte göra detta'),
};

/** The period the public follows; see periods.current() for how it is chosen. */
export function currentPeriodOrThrow(app: FastifyInstance, repositories: Repositories): Period {
  const period = repositories.periods.current();
  if (!period) throw app.httpErrors.notFound('Det finns ingen målperiod i databasen ännu');
  return period;
}
