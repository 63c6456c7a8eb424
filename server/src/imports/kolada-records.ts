import type { KoladaPreviewRequest, Measure } from '@malbild/shared';
import { ImportError } from './import-error';
import { fetchKoladaYears, type KoladaOptions, type KoladaValue } from '../kolada/client';
import type { ImportRecord } from './table-records';

type KoladaMeasure = Pick<Measure, 'number' | 'decimals'> & { koladaKpi: string };

/** The measures to fetch: those asked for (each must have a KPI id), or all that have one. */
export function koladaMeasures(
  measures: Pick<Measure, 'number' | 'decimals' | 'koladaKpi'>[],
  asked: number[] | undefined,
): KoladaMeasure[] {
  const withKpi = (m: (typeof measures)[number]): m is KoladaMeasure => m.koladaKpi !== null;
  if (!asked) {
    const all = measures.filter(withKpi);
    if (all.length === 0) {
      throw new ImportError(
        'Inget resultatmått har ett Kolada-id. Ange nyckeltalets id (t.ex. N01951) i resultatmåttets definition.',
      );
    }
    return all;
  }
  return asked.map((number) => {
    const measure = measures.find((m) => m.number === number);
    if (!measure) throw new ImportError(`Resultatmått ${number} finns inte.`);
    if (!withKpi(measure)) throw new ImportError(`Resultatmått ${number} har inget Kolada-id.`);
    return measure;
  });
}

function recordOf(
  line: number,
  measure: KoladaMeasure,
  year: number,
  found: KoladaValue | undefined,
): ImportRecord {
  const base = { line, measureNumber: measure.number, year, target: null, errors: [] };
  if (!found) return { ...base, outcome: null, notice: `Kolada har inget värde för ${year} ännu.` };
  if ('missing' in found) return { ...base, outcome: null, notice: found.missing };
  // Kolada gives more decimals than the council's tables; the measure's precision is the one reported.
  const factor = 10 ** measure.decimals;
  return {
    ...base,
    // Kolada's figure is the published whole-year one: a note about an earlier preliminary or
    // part-year figure ("Avser september 2022") no longer describes it.
    outcome: {
      value: Math.round(found.value * factor) / factor,
      status: 'final',
      note: null,
      dataSource: `Kolada ${measure.koladaKpi}`,
    },
  };
}

/**
 * One record per measure and year, fetched in parallel under one deadline. Any failure (a
 * timeout, a malformed answer) aborts the rest and throws: a preview is whole or not at all.
 */
export async function koladaRecords(
  options: KoladaOptions,
  municipality: string,
  measures: KoladaMeasure[],
  request: KoladaPreviewRequest,
): Promise<ImportRecord[]> {
  const years = [...request.years].sort((a, b) => a - b);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const fetched = await Promise.all(
      measures.map((measure) =>
        fetchKoladaYears(
          options,
          { kpi: measure.koladaKpi, municipality, years },
          controller.signal,
        ),
      ),
    ).catch((error: unknown) => {
      controller.abort();
      throw error;
    });
    return measures.flatMap((measure, i) =>
      years.map((year, j) =>
        recordOf(i * years.length + j + 1, measure, year, fetched[i]!.get(year)),
      ),
    );
  } finally {
    clearTimeout(timer);
  }
}
