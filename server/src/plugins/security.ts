import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Security headers with a CSP for the Vite-built SPA: its scripts and styles are files of our own. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        scriptSrc: ["'self'"],
        // React sets style properties through the CSSOM, which style-src does not govern.
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // Municipal intranets and localhost serve plain HTTP; upgrading would break every request.
        upgradeInsecureRequests: null,
      },
    },
    frameguard: { action: 'deny' },
  });
}

/** The embed pages (a measure's chart for the municipality's own site): the only ones framed. */
const EMBED_PAGE = /^\/inbaddning\//;

/**
 * Lets any site frame an embed page: frame-ancestors * instead of 'none', and no
 * X-Frame-Options (which has no "any site"). Every other page stays unframeable.
 */
export function allowFramingOfEmbeds(request: FastifyRequest, reply: FastifyReply): void {
  if (!EMBED_PAGE.test(request.url)) return;
  const csp = reply.getHeader('content-security-policy');
  if (typeof csp === 'string') {
    reply.header(
      'content-security-policy',
      csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *'),
    );
  }
  reply.removeHeader('x-frame-options');
}
