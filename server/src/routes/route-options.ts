import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ErrorResponseSchema,
  maySeePeriod,
  mayWriteInPeriod,
  type Period,
  type User,
} from '@malbild/shared';
import { refuseField } from '../db/field-error';
import type { Passwords } from '../auth/password';
import type { WorkerPool } from '../workers/pool';
import type { Repositories } from '../db/repositories';

export interface RouteOptions {
  repositories: Repositories;
  passwords: Passwords;
  /** Threads for work too large for the event loop: reading import files, writing documents. */
  workers: WorkerPool;
}

type Routes = FastifyPluginAsyncZod<RouteOptions>;

/**
 * The routes of one URL prefix kept in several files, as one plugin. The parts get the options
 * without the prefix they were registered with, which Fastify would otherwise add a second time.
 */
export function routesOf(...parts: Routes[]): Routes {
  return async (app, { repositories, passwords, workers }) => {
    for (const part of parts) await app.register(part, { repositories, passwords, workers });
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

/**
 * The period a request names with ?period=, or the current one without it. A planned period
 * that is not public is not found for the public (decision 009).
 */
export function requestedPeriod(
  app: FastifyInstance,
  repositories: Repositories,
  request: FastifyRequest,
  id: number | undefined,
): Period {
  if (id === undefined) return currentPeriodOrThrow(app, repositories);
  const period = repositories.periods.byId(id);
  if (!period || !maySeePeriod(request.user, period)) {
    throw app.httpErrors.notFound(`Målperioden ${id} finns inte`);
  }
  return period;
}

/**
 * Throws unless the user may write in the period: a closed period is read-only, and only an
 * administrator corrects it, giving a reason that the history keeps.
 */
export function expectWritable(
  app: FastifyInstance,
  period: Period,
  user: User,
  reason: string | undefined,
): void {
  expectMayCorrect(app, period, user);
  if (period.status === 'closed' && !reason) refuseField('reason', closedReasonMessage(period));
}

/** 403 unless the period is open or the user may correct a closed one (the reason is asked apart). */
export function expectMayCorrect(app: FastifyInstance, period: Period, user: User): void {
  if (!mayWriteInPeriod(user, period)) {
    throw app.httpErrors.forbidden(
      `Målperioden ${period.name} är stängd. Bara en administratör kan rätta i den, med en anledning.`,
    );
  }
}

export const closedReasonMessage = (period: Period) =>
  `Skriv varför du rättar i den stängda perioden ${period.name}`;
