import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActivityChangeSchema,
  ActivityConflictSchema,
  ActivityCreateSchema,
  ActivityHistorySchema,
  ActivityParamsSchema,
  ActivityRemoveQuerySchema,
  ActivitySchema,
  CopyForwardResultSchema,
  CopyForwardSchema,
  ErrorResponseSchema,
  FollowUpInputSchema,
  PlanParamsSchema,
  type Period,
} from '@malbild/shared';
import { mayEditUnits, requireRole, signedInUser } from '../auth/guards';
import type { MayEdit, WriteResult } from '../db/activity-plan';
import type { Repositories } from '../db/repositories';
import { planCsv, planRows, planXlsx, type PlanSheet } from '../export/activity-plan';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from './route-options';

const WRITE_RESPONSES = {
  ...ERROR_RESPONSES,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  409: ActivityConflictSchema.describe('Aktiviteten har ändrats sedan den hämtades'),
};

const FORBIDDEN = {
  notYours: 'Du får bara ändra målaktiviteter som din förvaltning eller ditt bolag ansvarar för.',
  mustIncludeOwn:
    'Din förvaltning eller ditt bolag måste vara en av de ansvariga för målaktiviteten.',
} as const;

type Issue = { path: (string | number)[]; message: string };

/** References an activity makes that name nothing in the database, as field errors. */
function unknownReferences(
  fields: { measureNumber: number; units: readonly string[] },
  period: Period | undefined,
  repositories: Repositories,
): Issue[] {
  const measureIssue =
    period && !repositories.measures.exists(period.id, fields.measureNumber)
      ? [{ path: ['measureNumber'], message: `Resultatmått ${fields.measureNumber} finns inte` }]
      : [];
  const unitIssues = fields.units
    .filter((code) => !repositories.units.exists(code))
    .map((code) => ({ path: ['units'], message: `Enheten ${code} finns inte` }));
  return [...measureIssue, ...unitIssues];
}

const yearOutside = (year: number, period: Period | undefined, path: string): Issue[] =>
  period && (year < period.startYear || year > period.endYear)
    ? [{ path: [path], message: `Välj ett år i målperioden ${period.name}` }]
    : [];

// Only a well-formed body is looked up, so a malformed value gets one error, not two.
function withLookups<Schema extends z.ZodType>(
  schema: Schema,
  issues: (value: z.output<Schema>) => Issue[],
) {
  return schema.superRefine(
    (value, context) => {
      for (const issue of issues(value)) context.addIssue({ code: 'custom', ...issue });
    },
    { when: (payload) => payload.issues.length === 0 },
  );
}

// The plans för målaktiviteter: units' editors write their own units' activities, controllers and
// admins every unit's. The rule is enforced here, whatever the client shows.
export const activityPlanRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { activities, activityPlan, measures, units } = repositories;
  // onRequest: an anonymous write is refused before its body is even read.
  const editors = { onRequest: requireRole('unit_editor', 'controller', 'admin') };
  const period = () => currentPeriodOrThrow(app, repositories);
  const mayEdit =
    (request: FastifyRequest): MayEdit =>
    (codes) =>
      mayEditUnits(signedInUser(request), codes);

  function answer(reply: FastifyReply, id: number | null, outcome: WriteResult, status = 200) {
    switch (outcome.result) {
      case 'saved':
        return status === 204 ? reply.code(204).send() : reply.code(status).send(outcome.activity);
      case 'missing':
        throw app.httpErrors.notFound(`Målaktivitet ${id} finns inte`);
      case 'forbidden':
        return reply.code(403).send({ error: 'Forbidden', message: FORBIDDEN[outcome.reason] });
      case 'conflict':
        return reply.code(409).send({
          error: 'Conflict',
          message: 'Någon annan har ändrat målaktiviteten under tiden. Se den sparade versionen.',
          current: outcome.current,
        });
    }
  }

  const createBody = withLookups(ActivityCreateSchema, (fields) => [
    ...unknownReferences(fields, repositories.periods.current(), repositories),
    ...yearOutside(fields.year, repositories.periods.current(), 'year'),
  ]);
  app.post(
    '/activities',
    {
      ...editors,
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Lägg till en målaktivitet i en enhets plan',
        description:
          'En redaktör måste ha någon av sina enheter bland de ansvariga; controller och administratör får lägga till för alla.',
        body: createBody,
        response: { 201: ActivitySchema, ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const outcome = activityPlan.create(
        period().id,
        request.body,
        signedInUser(request),
        mayEdit(request),
      );
      return answer(reply, null, outcome, 201);
    },
  );

  const changeBody = withLookups(ActivityChangeSchema, (fields) =>
    unknownReferences(fields, repositories.periods.current(), repositories),
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
        body: changeBody,
        response: { 200: ActivitySchema, ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const user = signedInUser(request);
      const edit = { ...request.body, reason: request.body.reason ?? null };
      return answer(reply, id, activityPlan.change(period().id, id, edit, user, mayEdit(request)));
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
        response: { 204: z.null(), ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const user = signedInUser(request);
      const outcome = activityPlan.remove(id, request.query.version, user, mayEdit(request));
      return answer(reply, id, outcome, 204);
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
        response: { 200: ActivitySchema, ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const user = signedInUser(request);
      return answer(reply, id, activityPlan.followUp(id, request.body, user, mayEdit(request)));
    },
  );

  const copyBody = withLookups(CopyForwardSchema, (request) =>
    yearOutside(request.toYear, repositories.periods.current(), 'toYear'),
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
        body: copyBody,
        response: { 201: CopyForwardResultSchema, ...WRITE_RESPONSES },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const outcome = activityPlan.copyForward(period().id, request.body, user, mayEdit(request));
      if (outcome.result === 'invalid') {
        const message = `Målaktivitet ${outcome.ids.join(', ')} finns inte för ${request.body.fromYear}`;
        return reply.code(400).send({
          error: 'Bad Request',
          message,
          fields: [{ path: 'activityIds', message }],
        });
      }
      if (outcome.result === 'forbidden') {
        const message = `${FORBIDDEN.notYours} (målaktivitet ${outcome.ids.join(', ')})`;
        return reply.code(403).send({ error: 'Forbidden', message });
      }
      const { created, skipped } = outcome;
      return reply.code(201).send({ created, skipped });
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
      const changes = activityPlan.history(id);
      if (!changes) throw app.httpErrors.notFound(`Målaktivitet ${id} finns inte`);
      return { activityId: id, changes };
    },
  );

  function planSheet(unitCode: string, year: number): PlanSheet {
    const unit = units.list().find((u) => u.code === unitCode.toUpperCase());
    if (!unit) throw app.httpErrors.notFound(`Enheten ${unitCode} finns inte`);
    const periodId = period().id;
    const names = new Map(measures.list(periodId).map((m) => [m.number, m.name]));
    const plan = activities.list({ periodId, year, unit: unit.code });
    return {
      title: `Plan för målaktiviteter ${year} – ${unit.name} (${unit.code})`,
      rows: planRows(plan, (number) => names.get(number) ?? ''),
    };
  }
  const fileName = (unit: string, year: number, extension: string) =>
    `attachment; filename="plan-${unit.toUpperCase()}-${year}.${extension}"`;
  const planExport = {
    tags: ['målaktiviteter'],
    params: PlanParamsSchema,
    response: { 200: z.any().describe('Filen'), ...ERROR_RESPONSES },
  };

  app.get(
    '/plans/:unit/:year.csv',
    {
      schema: {
        ...planExport,
        summary: 'En enhets plan för målaktiviteter för ett år som CSV (semikolon, UTF-8 med BOM)',
      },
    },
    async (request, reply) => {
      const { unit, year } = request.params;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', fileName(unit, year, 'csv'))
        .send(planCsv(planSheet(unit, year)));
    },
  );

  app.get(
    '/plans/:unit/:year.xlsx',
    {
      schema: {
        ...planExport,
        summary: 'En enhets plan för målaktiviteter för ett år som Excel-fil (XLSX)',
      },
    },
    async (request, reply) => {
      const { unit, year } = request.params;
      const file = await planXlsx(planSheet(unit, year), `Plan ${unit.toUpperCase()} ${year}`);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', fileName(unit, year, 'xlsx'))
        .send(file);
    },
  );
};
