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
    // swagger-ui sets inline styles, which the SPA's CSP forbids, so /api/docs has its own policy.
    staticCSP: {
      'default-src': ["'self'"],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
    },
    // The validator badge would send our OpenAPI document to validator.swagger.io.
    uiConfig: { validatorUrl: null },
  });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, () => app.swagger());
}
