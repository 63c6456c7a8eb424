import type { FastifyBaseLogger } from 'fastify';
import type { KoladaGroup } from '../db/kolada';
import type { Repositories } from '../db/repositories';
import {
  fetchKoladaMunicipalityName,
  fetchKoladaPlaces,
  KoladaError,
  searchKoladaGroups,
  type KoladaOptions,
} from './client';

/** Kolada's id of the whole country. */
export const COUNTRY = '0000';

const HOUR = 3_600_000;

export interface KoladaRefreshOptions {
  kolada: KoladaOptions;
  /** How old the last good fetch may be before the schedule fetches again. */
  intervalMs: number;
}

export interface KoladaRefresh {
  /** Fetches every KPI now (one run at a time: a second call joins the running one). */
  run: (now: Date) => Promise<void>;
  /** Runs when the last good fetch is older than the interval, and the last try over an hour old. */
  runIfDue: (now: Date) => Promise<boolean>;
  running: () => boolean;
}

const messageOf = (error: unknown) =>
  error instanceof KoladaError ? error.message : 'Kolada gick inte att nå.';

/**
 * Kolada's group of similar municipalities for the kommunkod: "Liknande kommuner, övergripande,
 * Ludvika, 2025" (older: "Liknande kommuner övergripande, Ludvika 2023"), the newest year.
 */
export function similarMunicipalities(
  groups: KoladaGroup[],
  municipality: string,
): KoladaGroup | null {
  const pattern = new RegExp(
    `^Liknande kommuner,? övergripande,? ${municipality.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,? (\\d{4}))?$`,
    'i',
  );
  const year = (g: KoladaGroup) => Number(pattern.exec(g.title.trim())?.[2] ?? 0);
  const matching = groups.filter((g) => pattern.test(g.title.trim()));
  return matching.sort((a, b) => year(b) - year(a))[0] ?? null;
}

// The scheduled and on-demand refresh of the comparison figures. Each KPI is fetched and stored
// on its own (one transaction per KPI): a KPI Kolada refuses keeps its earlier figures, and the
// others are still brought up to date. Pages only read what is stored.
export function createKoladaRefresh(
  { organisation, kolada: store }: Pick<Repositories, 'organisation' | 'kolada'>,
  { kolada, intervalMs }: KoladaRefreshOptions,
): KoladaRefresh {
  let current: Promise<void> | null = null;
  const signal = () => AbortSignal.timeout(kolada.timeoutMs);

  async function groupFor(code: string): Promise<KoladaGroup | null> {
    const settings = store.settings();
    if (settings.chosenGroup) return settings.chosenGroup;
    if (settings.resolvedFor === code && settings.resolvedGroup) return settings.resolvedGroup;
    const name = await fetchKoladaMunicipalityName(kolada, code, signal());
    const found = name
      ? similarMunicipalities(await searchKoladaGroups(kolada, name, signal()), name)
      : null;
    store.resolveGroup(found, code);
    return found;
  }

  async function fetchAll(now: Date): Promise<void> {
    store.startAttempt(now.toISOString());
    const code = organisation.get().municipalityCode;
    if (!code) {
      store.finishAttempt({ error: 'Kommunkoden är inte angiven. En administratör anger den.' });
      return;
    }
    const errors: string[] = [];
    const group = await groupFor(code).catch((error: unknown) => {
      errors.push(`Jämförelsegruppen: ${messageOf(error)}`);
      return null;
    });
    const places = group ? [COUNTRY, group.id] : [COUNTRY];
    for (const kpi of store.kpis()) {
      try {
        const found = await fetchKoladaPlaces(kolada, { kpi, municipalities: places }, signal());
        store.replaceValues(kpi, places, found, now.toISOString());
      } catch (error) {
        errors.push(`${kpi}: ${messageOf(error)}`);
      }
    }
    store.finishAttempt(
      errors.length ? { error: errors.join(' ') } : { succeededAt: now.toISOString() },
    );
  }

  const run = (now: Date) => {
    current ??= fetchAll(now).finally(() => {
      current = null;
    });
    return current;
  };

  return {
    run,
    runIfDue: async (now) => {
      const { lastAttemptAt, lastSuccessAt } = store.settings();
      const age = (at: string | null) => (at ? now.getTime() - Date.parse(at) : Infinity);
      if (age(lastSuccessAt) < intervalMs || age(lastAttemptAt) < Math.min(HOUR, intervalMs)) {
        return false;
      }
      await run(now);
      return true;
    },
    running: () => current !== null,
  };
}

/**
 * Checks every `checkMs` whether a refresh is due and runs it in the background; never keeps
 * the process alive. Returns the function that stops it.
 */
export function scheduleKoladaRefresh(
  refresh: KoladaRefresh,
  checkMs: number,
  log: FastifyBaseLogger,
): () => void {
  const check = () => {
    refresh.runIfDue(new Date()).then(
      (ran) => ran && log.info('Kolada comparison refreshed'),
      (error: unknown) => log.error({ err: error }, 'Kolada comparison refresh failed'),
    );
  };
  const timer = setInterval(check, checkMs);
  timer.unref();
  return () => clearInterval(timer);
}
