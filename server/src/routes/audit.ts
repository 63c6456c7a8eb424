import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEntrySchema } from '@malbild/shared';
import { requirePermission } from '../auth/guards';
import { WRITE_RESPONSES, type RouteOptions } from './route-options';

const AuditQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

// The audit log of sign-ins and account changes, for administrators.
export const auditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  app.get(
    '/audit',
    {
      preHandler: requirePermission('administer'),
      schema: {
        tags: ['användare'],
        summary: 'Granskningslogg: inloggningar och ändringar av konton, nyaste först',
        querystring: AuditQuerySchema,
        response: { 200: AuditEntrySchema.array(), ...WRITE_RESPONSES },
      },
    },
    (request) => repositories.audit.recent(request.query.limit),
  );
};
