import { z } from 'zod';

// Kolada (the national database of municipal key figures) over its open REST API:
// GET {base}/data/kpi/{kpi}/municipality/{code}/year/{y1,y2,…}, paged by next_url (v3) or
// next_page (v2). Nothing here writes: a failure anywhere fails the whole fetch.

export interface KoladaOptions {
  /** e.g. https://api.kolada.se/v3 (KOLADA_BASE_URL). */
  baseUrl: string;
  /** For the whole fetch, all pages and KPIs together. */
  timeoutMs: number;
}

export const DEFAULT_KOLADA: KoladaOptions = {
  baseUrl: 'https://api.kolada.se/v3',
  timeoutMs: 10_000,
};

/** A page is an object with `values`; anything else is a malformed answer. */
const KoladaPageSchema = z.object({
  values: z.array(
    z.object({
      kpi: z.string(),
      municipality: z.string(),
      period: z.coerce.number().int(),
      values: z.array(
        z.object({
          gender: z.string(),
          status: z.string().nullable().optional(),
          value: z.number().nullable(),
        }),
      ),
    }),
  ),
  next_url: z.string().nullable().optional(),
  next_page: z.string().nullable().optional(),
});

/** A year's total: a number, or why there is none (null value, a status flag, no data). */
export type KoladaValue = { value: number } | { missing: string };

/**
 * Kolada failed or answered nonsense; status 502, or 504 when it did not answer in time. The
 * message is for the user (expose), though the error handler hides those of other 5xx.
 */
export class KoladaError extends Error {
  readonly expose = true;
  constructor(
    message: string,
    readonly statusCode: 502 | 504,
  ) {
    super(message);
  }
}

/** More pages than a few years of one KPI can fill: a loop in next_url. */
const MAX_PAGES = 50;

async function getPage(url: URL, signal: AbortSignal): Promise<z.infer<typeof KoladaPageSchema>> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch {
    if (signal.aborted)
      throw new KoladaError('Kolada svarade inte i tid. Försök igen senare.', 504);
    throw new KoladaError('Kolada gick inte att nå. Försök igen senare. Inget sparades.', 502);
  }
  if (!response.ok) {
    throw new KoladaError(`Kolada svarade med fel (HTTP ${response.status}). Inget sparades.`, 502);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (signal.aborted)
      throw new KoladaError('Kolada svarade inte i tid. Försök igen senare.', 504);
    throw new KoladaError('Kolada svarade med något som inte är JSON. Inget sparades.', 502);
  }
  const page = KoladaPageSchema.safeParse(body);
  if (!page.success) {
    throw new KoladaError('Kolada svarade i ett oväntat format. Inget sparades.', 502);
  }
  return page.data;
}

/** The next page, only on Kolada's own host: an answer must not send the server elsewhere. */
function nextPage(page: z.infer<typeof KoladaPageSchema>, current: URL, base: URL): URL | null {
  const next = page.next_url ?? page.next_page;
  if (!next) return null;
  const url = new URL(next, current);
  if (url.origin !== base.origin) {
    throw new KoladaError('Kolada hänvisade till en annan webbplats. Inget sparades.', 502);
  }
  return url;
}

function totalOf(entry: z.infer<typeof KoladaPageSchema>['values'][number]): KoladaValue {
  const total = entry.values.find((v) => v.gender === 'T');
  if (!total || total.value === null) return { missing: 'Kolada har inget värde för året.' };
  if (total.status) {
    return { missing: `Kolada markerar värdet (${total.status}); det importeras inte.` };
  }
  return { value: total.value };
}

/** The KPI's total (gender T) per year for the municipality; years without data are absent. */
export async function fetchKoladaYears(
  options: KoladaOptions,
  request: { kpi: string; municipality: string; years: number[] },
  signal: AbortSignal,
): Promise<Map<number, KoladaValue>> {
  const base = new URL(options.baseUrl.replace(/\/?$/, '/'));
  const path = `data/kpi/${encodeURIComponent(request.kpi)}/municipality/${encodeURIComponent(request.municipality)}/year/${request.years.join(',')}`;
  const found = new Map<number, KoladaValue>();
  let url: URL | null = new URL(path, base);
  for (let pages = 0; url; pages++) {
    if (pages === MAX_PAGES)
      throw new KoladaError('Kolada gav för många sidor. Inget sparades.', 502);
    const page = await getPage(url, signal);
    for (const entry of page.values) {
      if (entry.kpi === request.kpi && entry.municipality === request.municipality) {
        found.set(entry.period, totalOf(entry));
      }
    }
    url = nextPage(page, url, base);
  }
  return found;
}
