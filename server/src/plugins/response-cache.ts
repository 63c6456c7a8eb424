import type { FastifyReply } from 'fastify';

/**
 * Serialized answers of a read route, reused until the data version changes. The public pages
 * ask for the same overview and measure list on every visit, and computing them (assessment of
 * every measure, response validation) costs far more than sending the bytes.
 */
export function createResponseCache(dataVersion: () => string, maxEntries = 1000) {
  const bodies = new Map<string, string>();
  let cachedVersion = '';

  return {
    /** Sends the cached body for `key`, computing and serializing it only after a change. */
    send(reply: FastifyReply, key: string, compute: () => unknown): void {
      const version = dataVersion();
      if (version !== cachedVersion) {
        bodies.clear();
        cachedVersion = version;
      }
      let body = bodies.get(key);
      if (body === undefined) {
        // The route's own serializer, so a cached answer is validated like an uncached one.
        body = reply.serialize(compute()) as string;
        // Keys come from validated queries, but a bound keeps memory safe from a key explosion.
        if (bodies.size >= maxEntries) bodies.clear();
        bodies.set(key, body);
      }
      reply.type('application/json; charset=utf-8').send(body);
    },
  };
}
