// Child process of the API bench: the real app and a bare Fastify app, both on 127.0.0.1, in one
// process so they get the same core while autocannon runs in the parent on the other one.
// Usage: tsx scripts/bench/serve.ts <database file> <url> [<url> …]
// Prints one JSON line: { realPort, barePort } once both listen; the bare app answers
// /bare<url> with the real answer's exact bytes, so the ratio measures our work per request.
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app';
import { openDatabase } from '../../server/src/db/connection';

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

async function main(): Promise<void> {
  const [dbPath, ...urls] = process.argv.slice(2);
  if (!dbPath || urls.length === 0) throw new Error('usage: serve.ts <database> <url>…');
  const db = openDatabase(dbPath, { fileMustExist: true });
  const real = await buildApp({ db });
  const bare = Fastify();
  for (const url of urls) {
    const response = await real.inject({ url });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
    // A parsed object, so the bare route pays Fastify's own JSON serialization like any plain route.
    const body: unknown = response.json();
    bare.get(`/bare${url}`, async () => body);
  }
  const ports = { realPort: await listen(real), barePort: await listen(bare) };
  process.stdout.write(`${JSON.stringify(ports)}\n`);
  process.on('SIGTERM', () => {
    void Promise.all([real.close(), bare.close()]).then(() => {
      db.close();
      process.exit(0);
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
