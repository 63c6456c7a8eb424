import type { ComparisonSeries, MeasureComparison } from '@malbild/shared';
import type { Repositories } from '../db/repositories';
import { COUNTRY } from './refresh';

/**
 * A measure's comparison from what is stored: the country and the group, each only when Kolada
 * gave it figures. Reads the database only, so a page never waits for Kolada.
 */
export function measureComparison(
  { kolada, organisation }: Pick<Repositories, 'kolada' | 'organisation'>,
  kpi: string | null,
): MeasureComparison {
  if (!kpi) return null;
  const group = kolada.group(organisation.get().municipalityCode);
  const places = [
    { kind: 'country', place: COUNTRY, title: 'Riket', statistic: 'national' } as const,
    ...(group
      ? [{ kind: 'group', place: group.id, title: group.title, statistic: 'mean' } as const]
      : []),
  ];
  const fetched: string[] = [];
  const series = places.flatMap((place): ComparisonSeries[] => {
    const values = kolada.values(kpi, place.place);
    if (!values.some((v) => v.value !== null)) return [];
    fetched.push(...values.map((v) => v.fetchedAt));
    return [{ ...place, values: values.map(({ year, value }) => ({ year, value })) }];
  });
  if (series.length === 0) return null;
  return { source: 'Kolada', kpi, fetchedAt: fetched.sort()[0]!, series };
}
