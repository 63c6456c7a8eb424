import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AnalysisParamsSchema,
  AnalysisSchema,
  FollowUpYearParamsSchema,
  FollowUpYearSchema,
  JUDGEMENT_LEVEL_LABELS,
  maySeeDrafts,
  OCCASION_LABELS,
  PeriodQuerySchema,
  ReviewHistoryEntrySchema,
  ReviewIdParamsSchema,
  ReviewKindSchema,
  ReviewQueueSchema,
  type ReviewQueueItem,
  type User,
} from '@malbild/shared';
import { refuseFields } from '../../db/field-error';
import { unknownMeasure } from '../lookups';
import { requirePermission } from '../../auth/guards';
import {
  ERROR_RESPONSES,
  READ_RESPONSES,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from '../route-options';
import { expectYearOfPeriod } from './years';

const UNDER_REVIEW = new Set(['submitted', 'approved']);

/** Everything for a user who may see drafts; else only what is published, without its draft. */
function visibleTo<T extends { published: unknown; draft: unknown }>(
  user: User | null | undefined,
  items: T[],
): T[] {
  if (maySeeDrafts(user)) return items;
  return items.filter((i) => i.published !== null).map((i) => ({ ...i, draft: null }));
}

/** The follow-up's reads: public (published only) and, for signed-in users, drafts too. */
export const followUpReadRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { analyses, unitReviews, followUpLocks, periods } = repositories;

  app.get(
    '/follow-up/:year',
    {
      schema: {
        tags: ['uppföljning'],
        summary: 'Årets analyser per resultatmått och helhetsbedömningar per mål och målområde',
        description:
          'Utan inloggning bara det publicerade (draft är null, opublicerade saknas). En inloggad med roll får även utkasten med sin status, och enheternas planer under granskning.',
        params: FollowUpYearParamsSchema,
        querystring: PeriodQuerySchema,
        response: { 200: FollowUpYearSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const { year } = request.params;
      expectYearOfPeriod(period, year);
      return {
        periodId: period.id,
        year,
        lock: followUpLocks.lock(period.id, year),
        analyses: visibleTo(request.user, analyses.analyses(period.id, year)),
        judgements: visibleTo(request.user, analyses.judgements(period.id, year)),
        unitReviews: maySeeDrafts(request.user) ? unitReviews.list(period.id, year) : [],
      };
    },
  );

  app.get(
    '/follow-up/measures/:number/analyses',
    {
      schema: {
        tags: ['uppföljning'],
        summary: 'Ett resultatmåtts analyser under perioden, alla år och tillfällen',
        description: 'Utan inloggning bara de publicerade; inloggade med roll ser även utkasten.',
        params: AnalysisParamsSchema.pick({ number: true }),
        querystring: PeriodQuerySchema,
        response: { 200: z.array(AnalysisSchema), ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const { number } = request.params;
      refuseFields(unknownMeasure(repositories, number, 'number', period.id));
      const all = analyses.analyses(period.id, null).filter((a) => a.measureNumber === number);
      return visibleTo(request.user, all);
    },
  );

  app.get(
    '/follow-up/queue',
    {
      onRequest: requirePermission('reviewFollowUp'),
      schema: {
        tags: ['uppföljning'],
        summary: 'Det som väntar på en controller: inskickat att godkänna, godkänt att publicera',
        querystring: PeriodQuerySchema,
        response: { 200: ReviewQueueSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => {
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const detail = periods.detail(period);
      const goals = new Map(detail.areas.flatMap((a) => a.goals).map((g) => [g.id, g.name]));
      const areas = new Map(detail.areas.map((a) => [a.id, a.name]));
      const items: ReviewQueueItem[] = [];
      for (const a of analyses.analyses(period.id, null)) {
        if (!a.draft || !UNDER_REVIEW.has(a.draft.state)) continue;
        items.push({
          kind: 'analysis',
          id: a.id,
          year: a.year,
          state: a.draft.state,
          version: a.draft.version,
          title: `Analys, resultatmått ${a.measureNumber}, ${OCCASION_LABELS[a.occasion].toLowerCase()} ${a.year}`,
          measureNumber: a.measureNumber,
          unit: a.responsibleUnit,
          updatedAt: a.draft.updatedAt,
          updatedBy: a.draft.updatedBy,
          content: a.draft.text,
        });
      }
      for (const j of analyses.judgements(period.id, null)) {
        if (!j.draft || !UNDER_REVIEW.has(j.draft.state)) continue;
        const name = (j.subject === 'goal' ? goals : areas).get(j.subjectId) ?? '';
        items.push({
          kind: 'judgement',
          id: j.id,
          year: j.year,
          state: j.draft.state,
          version: j.draft.version,
          title: `Helhetsbedömning ${j.year}, ${j.subject === 'goal' ? 'verksamhetsmål' : 'målområde'}: ${name}`,
          measureNumber: null,
          unit: null,
          updatedAt: j.draft.updatedAt,
          updatedBy: j.draft.updatedBy,
          content: `${JUDGEMENT_LEVEL_LABELS[j.draft.level]}. ${j.draft.reason}`,
        });
      }
      for (const r of unitReviews.list(period.id, null)) {
        if (!UNDER_REVIEW.has(r.state)) continue;
        items.push({
          kind: r.kind,
          id: r.id,
          year: r.year,
          state: r.state,
          version: r.version,
          title: `${r.kind === 'plan' ? 'Plan för målaktiviteter' : 'Uppföljning av målaktiviteter'} ${r.year}, ${r.unit}`,
          measureNumber: null,
          unit: r.unit,
          updatedAt: r.updatedAt,
          updatedBy: r.updatedBy,
          content: null,
        });
      }
      return items.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    },
  );

  app.get(
    '/follow-up/history/:kind/:id',
    {
      onRequest: requirePermission('editActivities'),
      schema: {
        tags: ['uppföljning'],
        summary: 'Granskningens historik: varje ändring och steg, vem, när, från → till, kommentar',
        params: ReviewIdParamsSchema.extend({ kind: ReviewKindSchema }),
        response: { 200: z.array(ReviewHistoryEntrySchema), ...READ_RESPONSES },
      },
    },
    (request) => repositories.reviewHistory.list(request.params.kind, request.params.id),
  );
};
