import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  conflictResponseSchema,
  LOGO_MAX_BYTES,
  LogoQuerySchema,
  OrganisationChangeSchema,
  OrganisationSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { registerFileUpload } from './files';
import { WRITE_RESPONSES, type RouteOptions } from './route-options';

const WRITE = {
  200: OrganisationSchema,
  409: conflictResponseSchema(OrganisationSchema),
  ...WRITE_RESPONSES,
};

/** The image's type from its first bytes, whatever the request claims; undefined if none of ours. */
export function logoTypeOf(bytes: Buffer): string | undefined {
  const starts = (hex: string, at = 0) =>
    bytes.subarray(at, at + hex.length / 2).toString('hex') === hex;
  if (starts('89504e470d0a1a0a')) return 'image/png';
  if (starts('ffd8ff')) return 'image/jpeg';
  if (starts('52494646') && starts('57454250', 8)) return 'image/webp';
  return undefined;
}

const LOGO_REFUSED = `Logotypen ska vara en PNG-, JPEG- eller WebP-bild på högst ${LOGO_MAX_BYTES / 1024} kB.`;

// The organisation's profile: the municipality's name (in every page's title), kommunkod (for
// Kolada), contact, open-data licence, accessibility statement and logo. Reading is public.
export const organisationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { organisation, audit } = repositories;
  const tags = ['organisation'];
  const administrators = { preHandler: requirePermission('administer') };

  app.get(
    '/organisation',
    {
      schema: {
        tags,
        summary: 'Kommunens profil: namn, kommunkod, kontakt, licens för öppna data, logotyp',
        response: { 200: OrganisationSchema },
      },
    },
    () => organisation.get(),
  );

  app.put(
    '/organisation',
    {
      ...administrators,
      schema: {
        tags,
        summary: 'Ändra kommunens profil (endast administratör); en inaktuell version ger 409',
        description: 'Fält som utelämnas lämnas som de är.',
        body: OrganisationChangeSchema,
        response: WRITE,
      },
    },
    (request) => {
      const user = signedInUser(request);
      const changed = organisation.change(request.body, user);
      audit.record({ actor: user.username, action: 'organisation_changed', detail: request.body });
      return changed;
    },
  );

  app.get(
    '/organisation/logo',
    { schema: { tags, summary: 'Kommunens logotyp (PNG, JPEG eller WebP)' } },
    (_request, reply) => {
      const logo = organisation.logo();
      if (!logo) return reply.notFound('Kommunen har ingen logotyp');
      // The profile links it with its digest (?v=), which changes with every new logo.
      return reply
        .type(logo.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(logo.bytes);
    },
  );

  app.delete(
    '/organisation/logo',
    {
      ...administrators,
      schema: {
        tags,
        summary: 'Ta bort logotypen (endast administratör)',
        querystring: LogoQuerySchema,
        response: WRITE,
      },
    },
    (request) => {
      const user = signedInUser(request);
      const changed = organisation.replaceLogo(null, request.query.version, user);
      audit.record({ actor: user.username, action: 'organisation_logo_removed', detail: null });
      return changed;
    },
  );

  // The logo's bytes as the body; its first bytes decide its type.
  await registerFileUpload(app, LOGO_MAX_BYTES, (upload) => {
    upload.put(
      '/organisation/logo',
      {
        ...administrators,
        config: { bodyTooLarge: LOGO_REFUSED },
        schema: {
          tags,
          summary: 'Byt logotyp (endast administratör): bilden som kropp, högst 256 kB',
          consumes: ['image/png', 'image/jpeg', 'image/webp'],
          body: z.any().describe('Bilden, PNG, JPEG eller WebP'),
          querystring: LogoQuerySchema,
          response: WRITE,
        },
      },
      (request) => {
        const user = signedInUser(request);
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const type = logoTypeOf(bytes);
        if (!type) throw app.httpErrors.badRequest(LOGO_REFUSED);
        const changed = organisation.replaceLogo({ type, bytes }, request.query.version, user);
        audit.record({
          actor: user.username,
          action: 'organisation_logo_changed',
          detail: { type, bytes: bytes.length },
        });
        return changed;
      },
    );
  });
};
