import type { FastifyInstance, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import type { JsonText } from '../event-loop-turns';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A download's Content-Disposition: a Swedish name ("Resultatmått 2021–2025.pdf") as RFC 6266's
 * filename*, with an ASCII name beside it for clients that read only filename.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '-')
    .replace(/["\\]/g, '');
  if (ascii === fileName) return `attachment; filename="${fileName}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sets the headers of a download and gives back its content, for the handler to return. */
export function asFile<Content extends string | Buffer>(
  reply: FastifyReply,
  fileName: string,
  type: string,
  content: Content,
): Content {
  reply.type(type).header('content-disposition', contentDisposition(fileName));
  return content;
}

/** A CSV download; a string body with a non-JSON type is sent as it is. */
export const asCsvFile = (reply: FastifyReply, fileName: string, csv: string): string =>
  asFile(reply, fileName, CSV_TYPE, csv);

/**
 * JSON already written (in turns, see event-loop-turns.ts) sent as it is: Fastify sends a string
 * with a JSON type without serializing it again. Its type says it holds the route's answer.
 */
export function sendJsonText<T>(reply: FastifyReply, json: JsonText<T>): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

/**
 * Routes whose body is a file's bytes (a Buffer of at most `bodyLimit`), whatever type the
 * browser guessed for it (even text/plain or JSON): the content decides what it is. The app's
 * other routes keep Fastify's JSON parser.
 */
export async function registerFileUpload(
  app: FastifyInstance,
  bodyLimit: number,
  routes: (upload: ZodApp) => void,
): Promise<void> {
  await app.register(async (upload) => {
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
    routes(upload.withTypeProvider<ZodTypeProvider>());
  });
}
