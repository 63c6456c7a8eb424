import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export const OPENAPI_PATH = '/api/openapi.json';
/** The API's page in Swedish (client/src/app/routes/api-docs.tsx), read from OPENAPI_PATH. */
export const DOCS_PAGE = '/api-dokumentation';

/** OpenAPI generated from the routes' zod schemas; /api/docs, its old address, leads to the page. */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Målbild API',
        description:
          'Mål, resultatmått, utfall, målvärden och målaktiviteter för kommunens målstyrning.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, () => app.swagger());
  app.get('/api/docs', { schema: { hide: true } }, (_request, reply) =>
    reply.redirect(DOCS_PAGE, 301),
  );
}
