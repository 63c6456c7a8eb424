import type { z } from 'zod';

/** An API answer that was not a success; `message` is Swedish and safe to show. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type SearchParams = Record<string, string | number | undefined>;

function toQueryString(params: SearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

async function errorFrom(response: Response): Promise<ApiError> {
  // The server answers 4xx with a Swedish `message` saying what to fix; 5xx details stay hidden.
  if (response.status < 500) {
    const body: unknown = await response.json().catch(() => null);
    if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
      return new ApiError(body.message, response.status);
    }
  }
  const message =
    response.status === 404 ? 'Uppgifterna finns inte.' : 'Servern kunde inte svara just nu.';
  return new ApiError(message, response.status);
}

/**
 * GETs /api{path} and checks the answer against the shared schema (the API contract), so a
 * server change that breaks the contract shows an error instead of wrong figures.
 */
export async function apiGet<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  params: SearchParams = {},
  signal?: AbortSignal,
): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(params)}`, {
      headers: { Accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('Det gick inte att nå servern. Kontrollera anslutningen.', 0);
  }
  if (!response.ok) throw await errorFrom(response);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    throw new ApiError('Servern svarade med uppgifter i ett oväntat format.', response.status);
  }
  return parsed.data;
}
