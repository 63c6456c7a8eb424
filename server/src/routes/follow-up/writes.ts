import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import {
  AnalysisInputSchema,
  AnalysisParamsSchema,
  AnalysisSchema,
  conflictResponseSchema,
  JudgementInputSchema,
  JudgementParamsSchema,
  JudgementSchema,
  may,
  mayEditActivityOf,
  mayWriteAnalysisOf,
  PeriodQuerySchema,
  REVIEW_STEPS,
  ReviewIdParamsSchema,
  TransitionInputSchema,
  UnitReviewParamsSchema,
  UnitReviewSchema,
  YearLockInputSchema,
  YearLockSchema,
  type ReviewAction,
  type User,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../../auth/guards';
import { refuseFields } from '../../db/field-error';
import { unknownMeasure, unknownUnits } from '../lookups';
import {
  expectMayCorrect,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from '../route-options';
import { expectYearOfPeriod } from './years';

const FORBIDDEN = {
  analysis:
    'Analysen skrivs av det sammankallande förvaltningens redaktörer eller av en controller.',
  review: 'Bara en controller godkänner, skickar tillbaka och publicerar.',
  unit: 'Du får bara skicka in planer för din egen förvaltning eller ditt bolag.',
} as const;

// The follow-up's writes (decision 017). Who may take a step is decided here, from the stored
// subject, before the repository's transaction checks the year is open, the version current and
// the step allowed from the state (shared/src/review.ts). No await lies between.
export const followUpWriteRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { analyses, unitReviews, followUpLocks, periods } = repositories;
  // Authors are unit editors and controllers; the route narrows it down from the subject.
  const authors = { onRequest: requirePermission('editActivities') };

  const writablePeriod = (request: FastifyRequest, user: User, id: number | undefined) => {
    const period = requestedPeriod(app, repositories, request, id);
    expectMayCorrect(app, period, user);
    return period;
  };
  /** 403 unless the user may take the step: the author's steps, or a reviewer's. */
  function expectMayStep(user: User, action: ReviewAction, isAuthor: boolean): void {
    if (REVIEW_STEPS[action].by === 'reviewer' && !may(user, 'reviewFollowUp')) {
      throw app.httpErrors.forbidden(FORBIDDEN.review);
    }
    if (REVIEW_STEPS[action].by === 'author' && !isAuthor) {
      throw app.httpErrors.forbidden(FORBIDDEN.analysis);
    }
  }
  const periodOfId = (periodId: number) => periods.byId(periodId)!;

  app.put(
    '/follow-up/:year/analyses/:number/:occasion',
    {
      ...authors,
      schema: {
        tags: ['uppföljning'],
        summary: 'Spara analysen ("Analys och kommentar") för ett resultatmått, år och tillfälle',
        description:
          'Texten är markdown; det som visas är stycken, listor och länkar (http, https, mailto). Sparas som utkast; en publicerad analys syns oförändrad tills nästa publicering. Inskickad eller godkänd text ger 409 tills den skickas tillbaka.',
        params: AnalysisParamsSchema,
        querystring: PeriodQuerySchema,
        body: AnalysisInputSchema,
        response: {
          200: AnalysisSchema,
          ...WRITE_RESPONSES,
          409: conflictResponseSchema(AnalysisSchema.nullable()).describe(
            'Ändrad av någon annan, eller under granskning',
          ),
        },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const period = writablePeriod(request, user, request.query.period);
      const { year, number, occasion } = request.params;
      expectYearOfPeriod(period, year);
      refuseFields(unknownMeasure(repositories, number, 'number', period.id));
      const measure = repositories.measures.list(period.id).find((m) => m.number === number)!;
      if (!mayWriteAnalysisOf(user, measure.responsibleUnit)) {
        throw app.httpErrors.forbidden(FORBIDDEN.analysis);
      }
      const key = { periodId: period.id, measureNumber: number, year, occasion };
      return analyses.saveAnalysis(key, request.body, user);
    },
  );

  app.put(
    '/follow-up/:year/judgements/:subject/:id',
    {
      onRequest: requirePermission('reviewFollowUp'),
      schema: {
        tags: ['uppföljning'],
        summary: 'Spara en helhetsbedömning av ett verksamhetsmål eller målområde för ett år',
        params: JudgementParamsSchema,
        querystring: PeriodQuerySchema,
        body: JudgementInputSchema,
        response: {
          200: JudgementSchema,
          ...WRITE_RESPONSES,
          409: conflictResponseSchema(JudgementSchema.nullable()).describe(
            'Ändrad av någon annan, eller under granskning',
          ),
        },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const period = writablePeriod(request, user, request.query.period);
      const { year, subject, id } = request.params;
      expectYearOfPeriod(period, year);
      const { areas } = periods.detail(period);
      const exists =
        subject === 'area'
          ? areas.some((a) => a.id === id)
          : areas.some((a) => a.goals.some((g) => g.id === id));
      if (!exists) {
        const name = subject === 'area' ? 'Målområdet' : 'Verksamhetsmålet';
        throw app.httpErrors.notFound(`${name} ${id} finns inte i ${period.name}`);
      }
      const key = { periodId: period.id, subject, subjectId: id, year };
      return analyses.saveJudgement(key, request.body, user);
    },
  );

  app.post(
    '/follow-up/analyses/:id/steps',
    {
      ...authors,
      schema: {
        tags: ['uppföljning'],
        summary:
          'Ett steg för en analys: skicka in, godkänn, skicka tillbaka (med kommentar), publicera',
        params: ReviewIdParamsSchema,
        body: TransitionInputSchema,
        response: {
          200: AnalysisSchema,
          ...WRITE_RESPONSES,
          409: conflictResponseSchema(AnalysisSchema.nullable()).describe(
            'Ändrad under tiden, eller steget passar inte läget',
          ),
        },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const stored = analyses.analysis(request.params.id);
      if (!stored) throw app.httpErrors.notFound(`Analys ${request.params.id} finns inte`);
      expectMayCorrect(app, periodOfId(stored.periodId), user);
      const isAuthor = mayWriteAnalysisOf(user, stored.responsibleUnit);
      expectMayStep(user, request.body.action, isAuthor);
      return analyses.stepAnalysis(stored.id, request.body, user);
    },
  );

  app.post(
    '/follow-up/judgements/:id/steps',
    {
      onRequest: requirePermission('reviewFollowUp'),
      schema: {
        tags: ['uppföljning'],
        summary: 'Ett steg för en helhetsbedömning: skicka in, godkänn, skicka tillbaka, publicera',
        params: ReviewIdParamsSchema,
        body: TransitionInputSchema,
        response: {
          200: JudgementSchema,
          ...WRITE_RESPONSES,
          409: conflictResponseSchema(JudgementSchema.nullable()).describe(
            'Ändrad under tiden, eller steget passar inte läget',
          ),
        },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const stored = analyses.judgement(request.params.id);
      if (!stored) throw app.httpErrors.notFound(`Bedömning ${request.params.id} finns inte`);
      expectMayCorrect(app, periodOfId(stored.periodId), user);
      return analyses.stepJudgement(stored.id, request.body, user);
    },
  );

  app.post(
    '/follow-up/:year/units/:unit/:kind/steps',
    {
      ...authors,
      schema: {
        tags: ['uppföljning'],
        summary:
          'Ett steg för en enhets plan för målaktiviteter (plan) eller dess uppföljning (follow_up)',
        description:
          'Enhetens redaktörer skickar in; en controller godkänner, skickar tillbaka och publicerar. Allmänheten ser en enhets plan för ett år när den har publicerats. version 0 för en plan som inte har granskats förut.',
        params: UnitReviewParamsSchema,
        querystring: PeriodQuerySchema,
        body: TransitionInputSchema,
        response: {
          200: UnitReviewSchema,
          ...WRITE_RESPONSES,
          409: conflictResponseSchema(UnitReviewSchema.nullable()).describe(
            'Ändrad under tiden, eller steget passar inte läget',
          ),
        },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const period = writablePeriod(request, user, request.query.period);
      const { year, unit, kind } = request.params;
      expectYearOfPeriod(period, year);
      refuseFields(unknownUnits(repositories, [unit], 'unit'));
      if (REVIEW_STEPS[request.body.action].by === 'author' && !mayEditActivityOf(user, [unit])) {
        throw app.httpErrors.forbidden(FORBIDDEN.unit);
      }
      expectMayStep(user, request.body.action, true);
      return unitReviews.step({ periodId: period.id, unit, year, kind }, request.body, user);
    },
  );

  app.put(
    '/follow-up/:year/lock',
    {
      onRequest: requirePermission('reviewFollowUp'),
      schema: {
        tags: ['uppföljning'],
        summary: 'Stäng årets uppföljning (locked: true) eller öppna den igen',
        description:
          'Ett stängt år tar inte emot ändringar av analyser, bedömningar eller uppföljningar av målaktiviteter.',
        params: AnalysisParamsSchema.pick({ year: true }),
        querystring: PeriodQuerySchema,
        body: YearLockInputSchema,
        response: { 200: YearLockSchema.nullable(), ...WRITE_RESPONSES },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const period = writablePeriod(request, user, request.query.period);
      expectYearOfPeriod(period, request.params.year);
      return followUpLocks.setLocked(period.id, request.params.year, request.body.locked, user);
    },
  );
};
