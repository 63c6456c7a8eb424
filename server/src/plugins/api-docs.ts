import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export const DOCS_PREFIX = '/api/docs';
export const OPENAPI_PATH = '/api/openapi.json';

/** OpenAPI generated from the routes' zod schemas, and swagger-ui to browse it. */
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
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    // swagger-ui needs inline styles and scripts the SPA's CSP forbids; it gets its own policy,
    // minus upgrade-insecure-requests for the same reason as the SPA.
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, () => app.swagger());
}
