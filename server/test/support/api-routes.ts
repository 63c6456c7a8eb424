import type { FastifyInstance } from 'fastify';
import type { JsonSchema } from './schema-arbitrary';

export interface ApiParameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface ApiRoute {
  method: string;
  /** As Fastify writes it: /api/measures/:number */
  url: string;
  params: ApiParameter[];
  query: ApiParameter[];
  /** The JSON body's schema; null when the route documents none (no body, or raw bytes). */
  body: JsonSchema | null;
}

interface OpenApiOperation {
  parameters?: (ApiParameter & { in: string })[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

const TREE_LINE = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/;

/**
 * Every route the app has, from its own route tree: hidden routes and routes added after this
 * test was written are included. HEAD (Fastify's automatic twin of GET) is left out.
 */
export function registeredRoutes(app: FastifyInstance): { method: string; url: string }[] {
  const parents: string[] = [];
  const routes: { method: string; url: string }[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = TREE_LINE.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const url = (parents[depth - 1] ?? '') + match[2]!;
    parents[depth] = url;
    for (const method of match[3]?.split(', ') ?? []) {
      if (method !== 'HEAD') routes.push({ method, url });
    }
  }
  return routes;
}

/** The API's routes with what the OpenAPI document says of their parameters and body. */
export async function apiRoutes(app: FastifyInstance): Promise<ApiRoute[]> {
  const document = (await app.inject({ url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, OpenApiOperation>>;
  }>();
  return registeredRoutes(app)
    .filter(({ url }) => url.startsWith('/api/'))
    .map(({ method, url }) => {
      const openApiPath = url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[openApiPath]?.[method.toLowerCase()] ?? {};
      const parameters = operation.parameters ?? [];
      const pathNames = [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      return {
        method,
        url,
        params: pathNames.map(
          (name) =>
            parameters.find((p) => p.in === 'path' && p.name === name) ?? {
              name,
              required: true,
              schema: { type: 'string' },
            },
        ),
        query: parameters.filter((p) => p.in === 'query'),
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
      };
    });
}
