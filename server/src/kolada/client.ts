import { z } from 'zod';

// Kolada (the national database of municipal key figures) over its open REST API:
// GET {base}/data/kpi/{kpi}/municipality/{code}/year/{y1,y2,…}, where the code may also be 0000
// (Riket) or a municipality group's id; the metadata {base}/kpi?title=…, /municipality/{code} and
// /municipality_groups?title=…. Every answer is { values: […] }, paged by next_url (v3) or
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

const DataEntrySchema = z.object({
  kpi: z.string(),
  municipality: z.string(),
  period: z.coerce.number().int(),
  values: z.array(
    z.object({
      gender: z.string(),
      status: z.string().nullable().optional(),
      value: z.number().nullable(),
      count: z.number().int().nullable().optional(),
    }),
  ),
});
type DataEntry = z.infer<typeof DataEntrySchema>;

/** A page is an object with `values`; anything else is a malformed answer. */
const pageOf = <T extends z.ZodType>(entry: T) =>
  z.object({
    values: z.array(entry),
    next_url: z.string().nullable().optional(),
    next_page: z.string().nullable().optional(),
  });
type Page<T> = { values: T[]; next_url?: string | null; next_page?: string | null };

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

async function getPage<T extends z.ZodType>(
  url: URL,
  schema: ReturnType<typeof pageOf<T>>,
  signal: AbortSignal,
): Promise<Page<z.infer<T>>> {
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
  const page = schema.safeParse(body);
  if (!page.success) {
    throw new KoladaError('Kolada svarade i ett oväntat format. Inget sparades.', 502);
  }
  return page.data;
}

/** The next page, only on Kolada's own host: an answer must not send the server elsewhere. */
function nextPage(page: Page<unknown>, current: URL, base: URL): URL | null {
  const next = page.next_url ?? page.next_page;
  if (!next) return null;
  const url = new URL(next, current);
  if (url.origin !== base.origin) {
    throw new KoladaError('Kolada hänvisade till en annan webbplats. Inget sparades.', 502);
  }
  return url;
}

function totalOf(entry: DataEntry): KoladaValue {
  const total = entry.values.find((v) => v.gender === 'T');
  if (!total || total.value === null) return { missing: 'Kolada har inget värde för året.' };
  if (total.status) {
    return { missing: `Kolada markerar värdet (${total.status}); det importeras inte.` };
  }
  return { value: total.value };
}

/** Every entry of every page of `path` (with its query) under the base URL. */
async function getAll<T extends z.ZodType>(
  options: Pick<KoladaOptions, 'baseUrl'>,
  path: string,
  entry: T,
  signal: AbortSignal,
): Promise<z.infer<T>[]> {
  const base = new URL(options.baseUrl.replace(/\/?$/, '/'));
  const schema = pageOf(entry);
  const entries: z.infer<T>[] = [];
  let url: URL | null = new URL(path, base);
  for (let pages = 0; url; pages++) {
    if (pages === MAX_PAGES)
      throw new KoladaError('Kolada gav för många sidor. Inget sparades.', 502);
    const page = await getPage(url, schema, signal);
    entries.push(...page.values);
    url = nextPage(page, url, base);
  }
  return entries;
}

const dataPath = (kpi: string, municipalities: string[], years?: number[]) =>
  `data/kpi/${encodeURIComponent(kpi)}/municipality/${municipalities.map(encodeURIComponent).join(',')}` +
  (years ? `/year/${years.join(',')}` : '');

/** The KPI's total (gender T) per year for the municipality; years without data are absent. */
export async function fetchKoladaYears(
  options: KoladaOptions,
  request: { kpi: string; municipality: string; years: number[] },
  signal: AbortSignal,
): Promise<Map<number, KoladaValue>> {
  const path = dataPath(request.kpi, [request.municipality], request.years);
  const found = new Map<number, KoladaValue>();
  for (const entry of await getAll(options, path, DataEntrySchema, signal)) {
    if (entry.kpi === request.kpi && entry.municipality === request.municipality) {
      found.set(entry.period, totalOf(entry));
    }
  }
  return found;
}

/** One year's total of a place; value null when Kolada has none or marks it (status). */
export interface KoladaPlaceValue {
  municipality: string;
  year: number;
  value: number | null;
  /** For a group: how many members the unweighted mean is of. */
  members: number | null;
}

/** Every year Kolada has of the KPI for each place (a municipality, 0000 or a group id). */
export async function fetchKoladaPlaces(
  options: KoladaOptions,
  request: { kpi: string; municipalities: string[] },
  signal: AbortSignal,
): Promise<KoladaPlaceValue[]> {
  const entries = await getAll(
    options,
    dataPath(request.kpi, request.municipalities),
    DataEntrySchema,
    signal,
  );
  return entries
    .filter((e) => e.kpi === request.kpi && request.municipalities.includes(e.municipality))
    .map((entry) => {
      const total = totalOf(entry);
      const count = entry.values.find((v) => v.gender === 'T')?.count ?? null;
      return {
        municipality: entry.municipality,
        year: entry.period,
        value: 'value' in total ? total.value : null,
        members: count,
      };
    });
}

const KpiSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable().optional(),
  municipality_type: z.string().nullable().optional(),
});

/** KPIs whose title contains the words, as Kolada searches. */
export async function searchKoladaKpis(
  options: KoladaOptions,
  title: string,
  signal: AbortSignal,
): Promise<z.infer<typeof KpiSchema>[]> {
  return getAll(options, `kpi?title=${encodeURIComponent(title)}`, KpiSchema, signal);
}

const TitledSchema = z.object({ id: z.string(), title: z.string() });

/** Municipality groups whose title contains the words (e.g. a municipality's name). */
export async function searchKoladaGroups(
  options: KoladaOptions,
  title: string,
  signal: AbortSignal,
): Promise<z.infer<typeof TitledSchema>[]> {
  return getAll(
    options,
    `municipality_groups?title=${encodeURIComponent(title)}`,
    TitledSchema,
    signal,
  );
}

/** The municipality's name in Kolada ("Ludvika"), undefined for an unknown code. */
export async function fetchKoladaMunicipalityName(
  options: KoladaOptions,
  code: string,
  signal: AbortSignal,
): Promise<string | undefined> {
  const found = await getAll(
    options,
    `municipality/${encodeURIComponent(code)}`,
    TitledSchema,
    signal,
  );
  return found.find((m) => m.id === code)?.title;
}
