import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActivityChangeSchema,
  ActivityCreateSchema,
  ActivityParamsSchema,
  ActivityRemoveQuerySchema,
  ActivitySchema,
  conflictResponseSchema,
  CopyForwardResultSchema,
  CopyForwardSchema,
  FollowUpBatchSchema,
  FollowUpInputSchema,
  mayEditActivityOf,
  PeriodQuerySchema,
  type Period,
  type User,
} from '@malbild/shared';
import type { FastifyRequest } from 'fastify';
import { refuseFields } from '../../db/field-error';
import { requirePermission, signedInUser } from '../../auth/guards';
import { missingActivity } from '../../db/activity-plan';
import type { Repositories } from '../../db/repositories';
import {
  inactiveUnits,
  unknownMeasure,
  unknownUnits,
  withLookups,
  yearOutsidePeriod,
  type Issue,
} from '../lookups';
import {
  expectMayCorrect,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from '../route-options';

const RESPONSES = {
  ...WRITE_RESPONSES,
  409: conflictResponseSchema(ActivitySchema).describe(
    'Aktiviteten har ändrats sedan den hämtades',
  ),
};

const FORBIDDEN = {
  notYours: 'Du får bara ändra målaktiviteter som din förvaltning eller ditt bolag ansvarar för.',
  mustIncludeOwn:
    'Din förvaltning eller ditt bolag måste vara en av de ansvariga för målaktiviteten.',
} as const;

/** Units an activity names that do not exist, as field errors. */
const unknownActivityUnits = (repositories: Repositories, fields: { units: readonly string[] }) =>
  unknownUnits(repositories, fields.units, 'units');

/** A refusal found after the body was read (it needs the stored activity), as a 400 of its fields. */
function refuse(issues: Issue[]): void {
  if (issues.length > 0) {
    throw new z.ZodError(issues.map((issue) => ({ code: 'custom', input: undefined, ...issue })));
  }
}

/** Chosen activities that are not activities of the year they are copied from. */
function notInYear(repositories: Repositories, ids: readonly number[], year: number) {
  const missing = ids.filter((id) => repositories.activities.get(id, 'working')?.year !== year);
  return missing.length === 0
    ? []
    : [
        {
          path: ['activityIds'],
          message: `Målaktivitet ${missing.join(', ')} finns inte för ${year}`,
        },
      ];
}

// The plans för målaktiviteter: units' editors write their own units' activities, controllers and
// admins every unit's (shared/src/permissions.ts). Each route decides that from the activity as
// stored before it calls the repository, whatever the client shows.
//
// Deciding before the write's transaction is safe: an activity's units change only through a
// versioned write, which the repository refuses (409) if the version the user edited is no longer
// current; and no await lies between a handler's check and its write, so no other request of
// this process can run in between.
export const activityWriteRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { activities, activityPlan } = repositories;
  // onRequest: an anonymous write is refused before its body is even read.
  const editors = { onRequest: requirePermission('editActivities') };
  // Plans are written in a period (?period=, else the current one) whose measures measureNumber
  // names; an activity stays in its own period. A closed period only an administrator's.
  const writablePeriod = (request: FastifyRequest, user: User, id: number | undefined) => {
    const period = requestedPeriod(app, repositories, request, id);
    expectMayCorrect(app, period, user);
    return period;
  };
  /** A measure number or year the period does not have: a 400 on the field. */
  const expectInPeriod = (period: Period, fields: { measureNumber?: number; year?: number }) =>
    refuseFields([
      ...unknownMeasure(repositories, fields.measureNumber, 'measureNumber', period.id),
      ...(fields.year === undefined
        ? []
        : yearOutsidePeriod(repositories, fields.year, 'year', period.id)),
    ]);

  /** The activity as stored, if it is one of the user's units', with its period if writable. */
  function ownActivity(request: FastifyRequest, user: User, id: number) {
    const stored = activities.get(id, 'working');
    if (!stored) throw missingActivity(id);
    if (!mayEditActivityOf(user, stored.units)) throw app.httpErrors.forbidden(FORBIDDEN.notYours);
    return { stored, period: writablePeriod(request, user, repositories.periods.idOfActivity(id)) };
  }
  /** An editor may share an activity with another unit, never hand it away. */
  function mustIncludeOwn(user: User, units: readonly string[]): void {
    if (!mayEditActivityOf(user, units)) throw app.httpErrors.forbidden(FORBIDDEN.mustIncludeOwn);
  }

  app.post(
    '/activities',
    {
      ...editors,
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Lägg till en målaktivitet i en enhets plan',
        description:
          'En redaktör måste ha någon av sina enheter bland de ansvariga; controller och administratör får lägga till för alla.',
        querystring: PeriodQuerySchema,
        body: withLookups(ActivityCreateSchema, (fields) => [
          ...unknownActivityUnits(repositories, fields),
          ...inactiveUnits(repositories, fields.units, fields.year, 'units'),
        ]),
        response: { 201: ActivitySchema, ...RESPONSES },
      },
    },
    (request, reply) => {
      const user = signedInUser(request);
      const period = writablePeriod(request, user, request.query.period);
      expectInPeriod(period, request.body);
      mustIncludeOwn(user, request.body.units);
      reply.code(201);
      return activityPlan.create(period.id, request.body, user);
    },
  );

  app.patch(
    '/activities/:id',
    {
      ...editors,
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Ändra en målaktivitet; alla fält skickas, med versionen som ändrades',
        description: 'En inaktuell version ger 409 med den sparade aktiviteten.',
        params: ActivityParamsSchema,
        body: withLookups(ActivityChangeSchema, (fields) =>
          unknownActivityUnits(repositories, fields),
        ),
        response: { 200: ActivitySchema, ...RESPONSES },
      },
    },
    (request) => {
      const { id } = request.params;
      const user = signedInUser(request);
      const { stored, period } = ownActivity(request, user, id);
      expectInPeriod(period, { measureNumber: request.body.measureNumber });
      mustIncludeOwn(user, request.body.units);
      // A unit it already had stays; one added must be active in the activity's year.
      const added = request.body.units.filter((code) => !stored.units.includes(code));
      refuse(inactiveUnits(repositories, added, stored.year, 'units'));
      const edit = { ...request.body, reason: request.body.reason ?? null };
      return activityPlan.change(period.id, id, edit, user);
    },
  );

  app.delete(
    '/activities/:id',
    {
      ...editors,
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Ta bort en målaktivitet ur planen; den finns kvar i historiken',
        params: ActivityParamsSchema,
        querystring: ActivityRemoveQuerySchema,
        response: { 204: z.null(), ...RESPONSES },
      },
    },
    (request, reply) => {
      const { id } = request.params;
      const user = signedInUser(request);
      ownActivity(request, user, id);
      activityPlan.remove(id, request.query.version, user);
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/activities/:id/follow-ups',
    {
      ...editors,
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Följ upp en målaktivitet: status med en daterad kommentar',
        params: ActivityParamsSchema,
        body: FollowUpInputSchema,
        response: { 200: ActivitySchema, ...RESPONSES },
      },
    },
    (request) => {
      const { id } = request.params;
      const user = signedInUser(request);
      ownActivity(request, user, id);
      return activityPlan.followUp(id, request.body, user);
    },
  );

  app.post(
    '/activities/follow-ups',
    {
      ...editors,
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Följ upp flera målaktiviteter på en gång, alla eller ingen',
        description:
          'Varje rad har den version som följdes upp; en inaktuell rad ger 409 med den sparade aktiviteten och inget sparas.',
        body: FollowUpBatchSchema,
        response: { 200: ActivitySchema.array(), ...RESPONSES },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const { followUps } = request.body;
      for (const { id } of followUps) ownActivity(request, user, id);
      return activityPlan.followUpMany(followUps, user);
    },
  );

  app.post(
    '/activities/copy-forward',
    {
      ...editors,
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Starta ett senare års plan från valda aktiviteter (status planerad)',
        description:
          'Text, ansvariga, verksamhet, antal och kommentar kopieras. En aktivitet som redan har kopierats till året hoppas över.',
        querystring: PeriodQuerySchema,
        body: CopyForwardSchema,
        response: { 201: CopyForwardResultSchema, ...RESPONSES },
      },
    },
    (request, reply) => {
      const user = signedInUser(request);
      const period = writablePeriod(request, user, request.query.period);
      const { activityIds, ...years } = request.body;
      const outside = yearOutsidePeriod(repositories, years.toYear, 'toYear', period.id);
      refuseFields(
        outside.length > 0 ? outside : notInYear(repositories, activityIds, years.fromYear),
      );
      const sources = activityIds.map((id) => activities.get(id, 'working')!);
      // From an earlier period the sources' measure numbers must be the period's too.
      refuseFields(
        sources.flatMap((source) =>
          unknownMeasure(repositories, source.measureNumber, 'activityIds', period.id),
        ),
      );
      const others = sources.filter((source) => !mayEditActivityOf(user, source.units));
      if (others.length > 0) {
        const ids = others.map((source) => source.id).join(', ');
        throw app.httpErrors.forbidden(`${FORBIDDEN.notYours} (målaktivitet ${ids})`);
      }
      const units = [...new Set(sources.flatMap((source) => source.units))];
      refuse(inactiveUnits(repositories, units, years.toYear, 'activityIds'));
      reply.code(201);
      return activityPlan.copyForward(period.id, sources, years, user);
    },
  );
};
