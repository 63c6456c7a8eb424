import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for Kolada on 127.0.0.1 (no network in tests): each request goes to the test's
// handler, which answers with a JSON body, an HTTP error or not at all (a Kolada that hangs).

export type StubAnswer = { json: unknown } | { status: number } | 'hang';

export interface KoladaStub {
  /** e.g. http://127.0.0.1:40123/v3 */
  baseUrl: string;
  /** Every path and query asked for, in order. */
  asked: string[];
  close: () => Promise<void>;
}

/** A data entry as Kolada writes it: totals (T) beside the genders, count = the group's members. */
export const dataEntry = (
  kpi: string,
  municipality: string,
  period: number,
  value: number | null,
  count = 1,
) => ({
  kpi,
  municipality,
  period,
  values: [
    { gender: 'K', status: null, value, count },
    { gender: 'T', status: null, value, count },
    { gender: 'M', status: null, value, count },
  ],
});

export async function startKoladaStub(
  handle: (url: URL, baseUrl: string) => StubAnswer,
): Promise<KoladaStub> {
  const asked: string[] = [];
  let baseUrl = '';
  const answer = (response: ServerResponse, result: StubAnswer) => {
    if (result === 'hang') return;
    if ('status' in result) {
      response.writeHead(result.status).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(typeof result.json === 'string' ? result.json : JSON.stringify(result.json));
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', baseUrl);
    asked.push(decodeURIComponent(url.pathname + url.search));
    answer(response, handle(url, baseUrl));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
  return {
    baseUrl,
    asked,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
