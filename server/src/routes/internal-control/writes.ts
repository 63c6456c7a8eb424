import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  conflictResponseSchema,
  ControlFollowUpInputSchema,
  ControlFollowUpParamsSchema,
  ControlFollowUpSchema,
  ControlPlanCreateSchema,
  ControlPlanDecisionSchema,
  ControlPlanSchema,
  ControlPointChangeSchema,
  ControlPointInputSchema,
  ControlPointSchema,
  ControlPublicationSchema,
  mayEditControlOf,
  RiskChangeSchema,
  RiskCreateSchema,
  RemovalQuerySchema,
  RiskSchema,
  type User,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../../auth/guards';
import { unknownUnits, withLookups } from '../lookups';
import { WRITE_RESPONSES, type RouteOptions } from '../route-options';

const tags = ['intern kontroll'];
const IdParams = z.object({ id: z.coerce.number().int() });
const NOT_YOURS =
  'Du får bara ändra den interna kontrollen för din egen nämnd eller ditt bolag; kommunkoncernens plan och riskanalys ändrar controller och administratör.';

const withConflict = (schema: z.ZodType, what: string) => ({
  ...WRITE_RESPONSES,
  409: conflictResponseSchema(schema).describe(`${what} har ändrats sedan den hämtades`),
});

// Intern kontroll: the koncern's risk analysis and plan by controllers and admins, a unit's by
// that unit's editors too (shared/src/permissions.ts, mayEditControlOf), decided from the stored
// row before the repository writes; an admin publishes a year.
export const internalControlWriteRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { internalControl } = repositories;
  const editors = { onRequest: requirePermission('followUpControl') };
  const mustMayEdit = (user: User, unit: string | null) => {
    if (!mayEditControlOf(user, unit)) throw app.httpErrors.forbidden(NOT_YOURS);
  };

  app.post(
    '/internal-control/risks',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Lägg till en risk i en riskanalys (unit null: kommunkoncernens)',
        body: withLookups(RiskCreateSchema, (risk) =>
          unknownUnits(repositories, risk.unit === null ? [] : [risk.unit], 'unit'),
        ),
        response: { 201: RiskSchema, ...WRITE_RESPONSES },
      },
    },
    (request, reply) => {
      const user = signedInUser(request);
      mustMayEdit(user, request.body.unit);
      reply.code(201);
      return internalControl.createRisk(request.body, user);
    },
  );

  app.patch(
    '/internal-control/risks/:id',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Ändra en risk; alla fält skickas, med versionen som ändrades',
        params: IdParams,
        body: RiskChangeSchema,
        response: { 200: RiskSchema, ...withConflict(RiskSchema, 'Risken') },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const stored = internalControl.risk(request.params.id);
      if (!stored) throw app.httpErrors.notFound(`Risk ${request.params.id} finns inte`);
      mustMayEdit(user, stored.unit);
      return internalControl.changeRisk(stored.id, request.body, user);
    },
  );

  app.delete(
    '/internal-control/risks/:id',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Ta bort en risk ur riskanalysen, med versionen och gärna varför',
        description:
          'Nekas (400) när en kontrollpunkt kommer från risken och när nivåns plan är beslutad. Historiken behåller risken.',
        params: IdParams,
        querystring: RemovalQuerySchema,
        response: { 204: z.null().describe('Borttagen'), ...withConflict(RiskSchema, 'Risken') },
      },
    },
    (request, reply) => {
      const user = signedInUser(request);
      const stored = internalControl.risk(request.params.id);
      if (!stored) throw app.httpErrors.notFound(`Risk ${request.params.id} finns inte`);
      mustMayEdit(user, stored.unit);
      const { version, reason } = request.query;
      internalControl.removeRisk(stored.id, version, user, reason ?? null);
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/internal-control/plans',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Påbörja ett års plan som utkast (unit null: den kommunövergripande)',
        description:
          'En enhets plan börjar med årets kommungemensamma kontrollpunkter ur den kommunövergripande planen; kontrollpunkter som läggs till där senare kommer med i varje enhets plan.',
        body: withLookups(ControlPlanCreateSchema, (plan) =>
          unknownUnits(repositories, plan.unit === null ? [] : [plan.unit], 'unit'),
        ),
        response: { 201: ControlPlanSchema, ...WRITE_RESPONSES },
      },
    },
    (request, reply) => {
      const user = signedInUser(request);
      mustMayEdit(user, request.body.unit);
      reply.code(201);
      return internalControl.createPlan(request.body, user);
    },
  );

  app.post(
    '/internal-control/plans/:id/control-points',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Lägg till en kontrollpunkt sist i en plan som är utkast',
        description:
          'riskId: risken ur samma års och nivås riskanalys som kontrollpunkten kommer från (eller null).',
        params: IdParams,
        body: ControlPointInputSchema,
        response: { 201: ControlPointSchema, ...WRITE_RESPONSES },
      },
    },
    (request, reply) => {
      const user = signedInUser(request);
      const plan = internalControl.plan(request.params.id);
      if (!plan) throw app.httpErrors.notFound(`Planen ${request.params.id} finns inte`);
      mustMayEdit(user, plan.unit);
      reply.code(201);
      return internalControl.addControlPoint(plan.id, request.body, user);
    },
  );

  app.patch(
    '/internal-control/control-points/:id',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Ändra en kontrollpunkt i en plan som är utkast; alla fält skickas, med versionen',
        params: IdParams,
        body: ControlPointChangeSchema,
        response: {
          200: ControlPointSchema,
          ...withConflict(ControlPointSchema, 'Kontrollpunkten'),
        },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const point = internalControl.controlPoint(request.params.id);
      if (!point) throw app.httpErrors.notFound(`Kontrollpunkt ${request.params.id} finns inte`);
      mustMayEdit(user, point.unit);
      return internalControl.changeControlPoint(point.id, request.body, user);
    },
  );

  app.delete(
    '/internal-control/control-points/:id',
    {
      ...editors,
      schema: {
        tags,
        summary:
          'Ta bort en kontrollpunkt ur en plan som är utkast, med versionen och gärna varför',
        description:
          'En kommungemensam kontrollpunkt försvinner också ur enheternas planer. Nekas (400) när en enhet har följt upp den eller beslutat sin plan med den. Historiken behåller kontrollpunkten.',
        params: IdParams,
        querystring: RemovalQuerySchema,
        response: {
          204: z.null().describe('Borttagen'),
          ...withConflict(ControlPointSchema, 'Kontrollpunkten'),
        },
      },
    },
    (request, reply) => {
      const user = signedInUser(request);
      const point = internalControl.controlPoint(request.params.id);
      if (!point) throw app.httpErrors.notFound(`Kontrollpunkt ${request.params.id} finns inte`);
      mustMayEdit(user, point.unit);
      const { version, reason } = request.query;
      internalControl.removeControlPoint(point.id, version, user, reason ?? null);
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/internal-control/plans/:id/decision',
    {
      ...editors,
      schema: {
        tags,
        summary:
          'Anteckna att planen är beslutad (datum och paragraf); utkastet sparas i historiken',
        params: IdParams,
        body: ControlPlanDecisionSchema,
        response: { 200: ControlPlanSchema, ...withConflict(ControlPlanSchema, 'Planen') },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const stored = internalControl.plan(request.params.id);
      if (!stored) throw app.httpErrors.notFound(`Planen ${request.params.id} finns inte`);
      mustMayEdit(user, stored.unit);
      return internalControl.decidePlan(stored.id, request.body, user);
    },
  );

  app.put(
    '/internal-control/follow-ups/:controlPointId/:unit',
    {
      ...editors,
      schema: {
        tags,
        summary:
          'Spara en enhets uppföljning av en kontrollpunkt: vad och hur, urval, iakttagelser, bedömning och åtgärder',
        description:
          'En kommungemensam kontrollpunkt följs upp mot den kommunövergripande planens rad. version 0 för den första uppföljningen; en inaktuell version ger 409 med den sparade.',
        params: ControlFollowUpParamsSchema,
        body: ControlFollowUpInputSchema,
        response: {
          200: ControlFollowUpSchema,
          ...withConflict(ControlFollowUpSchema, 'Uppföljningen'),
        },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const { controlPointId, unit } = request.params;
      if (!repositories.units.exists(unit))
        throw app.httpErrors.notFound(`Enheten ${unit} finns inte`);
      const point = internalControl.controlPoint(controlPointId);
      if (!point) throw app.httpErrors.notFound(`Kontrollpunkt ${controlPointId} finns inte`);
      mustMayEdit(user, unit);
      if (point.unit !== null && (point.unit !== unit || point.commonId !== null))
        throw app.httpErrors.badRequest(
          point.commonId === null
            ? `Kontrollpunkten hör till ${point.unit}:s plan`
            : 'Följ upp den kommungemensamma kontrollpunkten i den kommunövergripande planen',
        );
      return internalControl.saveFollowUp(controlPointId, unit, request.body, user);
    },
  );

  app.put(
    '/internal-control/publication',
    {
      onRequest: requirePermission('publishControl'),
      schema: {
        tags,
        summary: 'Publicera (eller avpublicera) ett års planer och sammanställning för allmänheten',
        body: ControlPublicationSchema,
        response: { 200: ControlPublicationSchema, ...WRITE_RESPONSES },
      },
    },
    (request) =>
      internalControl.setPublished(
        request.body.year,
        request.body.published,
        signedInUser(request),
      ),
  );
};
