import type { z } from 'zod';
import type { FieldError } from '@malbild/shared';

/** An API answer that was not a success; `message` is Swedish and safe to show. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** On 400: what was wrong with each refused field, to show next to the field. */
    readonly fields: readonly FieldError[] = [],
    /** The whole answer, e.g. the `current` value a 409 carries. */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type SearchParams = Record<string, string | number | undefined>;

/** "/api/overview?year=2024": the address apiGet asks, and a download link's. */
export function apiUrl(path: string, params: SearchParams = {}): string {
  return `/api${path}${toQueryString(params)}`;
}

function toQueryString(params: SearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

async function errorFrom(response: Response): Promise<ApiError> {
  // The server's `message` is Swedish and safe to show: a 4xx says what to fix, a 500 hides its
  // details, a 502/504 says that Kolada failed. A proxy's HTML error page has none.
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
    const fields = 'fields' in body && Array.isArray(body.fields) ? body.fields : [];
    return new ApiError(body.message, response.status, fields as FieldError[], body);
  }
  const message =
    response.status === 404 ? 'Uppgifterna finns inte.' : 'Servern kunde inte svara just nu.';
  return new ApiError(message, response.status);
}

/** How a read reaches the API: the browser's fetch, or on the server the app itself. */
export type ApiFetch = (url: string, init: RequestInit) => Promise<Response>;

// Per query client, not per module: the server renders many requests (and tests many apps) with
// one copy of this module, each through its own client.
const readFetchers = new WeakMap<object, ApiFetch>();

/** Sends every read of `queryClient`'s queries through `fetcher` (the server's renderer does). */
export function readThrough(queryClient: object, fetcher: ApiFetch): void {
  readFetchers.set(queryClient, fetcher);
}

/** What a queryFn passes on from react-query's context: its abort signal and its client. */
export interface ReadContext {
  signal?: AbortSignal;
  client?: object;
}

/**
 * GETs /api{path} and checks the answer against the shared schema (the API contract), so a
 * server change that breaks the contract shows an error instead of wrong figures.
 */
export async function apiGet<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  params: SearchParams = {},
  { signal, client }: ReadContext = {},
): Promise<z.infer<Schema>> {
  const read = (client && readFetchers.get(client)) ?? fetch;
  let response: Response;
  try {
    response = await read(apiUrl(path, params), {
      headers: { Accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw unreachable();
  }
  return checkedAnswer(response, schema);
}

const unreachable = () =>
  new ApiError('Det gick inte att nå servern. Kontrollera anslutningen.', 0);

async function checkedAnswer<Schema extends z.ZodType>(
  response: Response,
  schema: Schema,
): Promise<z.infer<Schema>> {
  if (!response.ok) throw await errorFrom(response);
  const parsed = schema.safeParse(response.status === 204 ? null : await response.json());
  if (!parsed.success) {
    throw new ApiError('Servern svarade med uppgifter i ett oväntat format.', response.status);
  }
  return parsed.data;
}

interface WriteSession {
  /** The signed-in session's CSRF token, or null for the public. */
  csrfToken: () => Promise<string | null>;
  /** Called when the server no longer knows the session (401) or its token (403). */
  lost: () => void;
}

let writeSession: WriteSession = { csrfToken: () => Promise.resolve(null), lost: () => undefined };

/** Connects writes to the signed-in session; lib/session does this once for the query client. */
export function connectWriteSession(session: WriteSession): void {
  writeSession = session;
}

/**
 * Sends a write to /api{path} with the session's CSRF token (the server refuses cookie writes
 * without it) and checks the answer against the schema. A 4xx becomes an ApiError whose
 * `fields` and `body` say what to fix or what the current value is (409).
 */
export async function apiSend<Schema extends z.ZodType>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  schema: Schema,
  /** In the address, e.g. the period a write is for (?period=). */
  params: SearchParams = {},
): Promise<z.infer<Schema>> {
  const json =
    body === undefined ? undefined : { type: 'application/json', data: JSON.stringify(body) };
  return write(method, apiUrl(path, params), json, schema);
}

/** Like apiSend, with a file's bytes as the body (an import, a logo); `params` go in the address. */
export async function apiUpload<Schema extends z.ZodType>(
  path: string,
  params: SearchParams,
  file: Blob,
  schema: Schema,
  method: 'POST' | 'PUT' = 'POST',
): Promise<z.infer<Schema>> {
  const body = { type: 'application/octet-stream', data: file };
  return write(method, apiUrl(path, params), body, schema);
}

async function write<Schema extends z.ZodType>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body: { type: string; data: BodyInit } | undefined,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const token = await writeSession.csrfToken();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body && { 'Content-Type': body.type }),
        ...(token && { 'X-CSRF-Token': token }),
      },
      body: body?.data,
    });
  } catch {
    throw unreachable();
  }
  if (response.status === 401 || response.status === 403) writeSession.lost();
  return checkedAnswer(response, schema);
}
