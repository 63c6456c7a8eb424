import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from './route-options';

/** XML's five special characters, for the addresses in the sitemap. */
const xmlEscape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

// robots.txt and sitemap.xml for search engines: the public pages of the current period (their
// addresses as client/src/lib/paths.ts writes them), never the signed-in ones.
export const siteFileRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const publicPaths = (): string[] => {
    const period = repositories.periods.current();
    if (!period) return ['/', '/tillganglighet', '/api-dokumentation'];
    const goals = repositories.periods
      .detail(period)
      .areas.flatMap((area) => area.goals.map((goal) => `/mal/${goal.id}`));
    const measures = repositories.measures.list(period.id).map((m) => `/resultatmatt/${m.number}`);
    return [
      '/',
      ...goals,
      ...measures,
      '/malaktiviteter',
      '/plan',
      '/tillganglighet',
      '/api-dokumentation',
    ];
  };

  app.get('/robots.txt', { schema: { hide: true } }, (request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(
        [
          'User-agent: *',
          'Allow: /api/export/',
          'Disallow: /api/',
          'Disallow: /inmatning',
          'Disallow: /import',
          'Disallow: /admin/',
          'Disallow: /logga-in',
          `Sitemap: ${request.protocol}://${request.host}/sitemap.xml`,
          '',
        ].join('\n'),
      ),
  );

  app.get('/sitemap.xml', { schema: { hide: true } }, (request, reply) => {
    const origin = `${request.protocol}://${request.host}`;
    const urls = publicPaths().map((path) => `  <url><loc>${xmlEscape(origin + path)}</loc></url>`);
    return reply
      .type('application/xml; charset=utf-8')
      .send(
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...urls,
          '</urlset>',
          '',
        ].join('\n'),
      );
  });
};
