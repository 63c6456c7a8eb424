import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DeadlineCalendarSchema,
  DeadlineChangeSchema,
  DeadlineConflictSchema,
  DeadlineHistoryEntrySchema,
  DeadlineSchema,
  nextFollowUp,
  PeriodQuerySchema,
  swedishDay,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { refuseField } from '../db/field-error';
import {
  ERROR_RESPONSES,
  expectWritable,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from './route-options';

// The calendar of the follow-up cycle (decision 018): public to read ("Nästa uppföljning" on the
// start page), kept by controllers and admins.
export const deadlineRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { deadlines, audit } = repositories;
  const tags = ['kalender'];
  const editors = { preHandler: requirePermission('editDeadlines') };

  app.get(
    '/deadlines',
    {
      schema: {
        tags,
        summary:
          'Periodens kalender: för varje år senaste dag för planer, utfall, analyser och uppföljning (delår, helår)',
        description: 'Ett datum som inte är satt har dueDate null och version 0.',
        querystring: PeriodQuerySchema,
        response: { 200: DeadlineCalendarSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const calendar = deadlines.calendar(period);
      return {
        periodId: period.id,
        deadlines: calendar,
        nextFollowUp: nextFollowUp(calendar, swedishDay(new Date())),
      };
    },
  );

  app.put(
    '/deadlines',
    {
      ...editors,
      schema: {
        tags,
        summary:
          'Sätt (eller ta bort, med null) ett datum i kalendern; en inaktuell version ger 409',
        querystring: PeriodQuerySchema,
        body: DeadlineChangeSchema.extend({ reason: z.string().max(500).optional() }),
        response: { 200: DeadlineSchema, 409: DeadlineConflictSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => {
      const user = signedInUser(request);
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const { reason, ...edit } = request.body;
      expectWritable(app, period, user, reason);
      if (edit.year < period.startYear || edit.year > period.endYear) {
        refuseField('year', `Välj ett år i perioden ${period.name}`);
      }
      const saved = deadlines.change(period.id, edit, user);
      audit.record({
        actor: user.username,
        action: 'deadline_changed',
        subject: `${period.id}:${edit.year}:${edit.kind}`,
        detail: { dueDate: edit.dueDate, reason },
      });
      return saved;
    },
  );

  app.get(
    '/deadlines/history',
    {
      ...editors,
      schema: {
        tags,
        summary: 'Alla ändringar av periodens kalender, nyaste först',
        querystring: PeriodQuerySchema,
        response: { 200: DeadlineHistoryEntrySchema.array(), ...WRITE_RESPONSES },
      },
    },
    (request) => {
      const period = requestedPeriod(app, repositories, request, request.query.period);
      return deadlines.history(period.id);
    },
  );
};
