import { useSearchParams } from 'react-router';
import { parseIdParam, searchParamNames } from '../../lib/paths';
import { GROUPINGS, type Grouping } from './filter-activities';

export const ALL_YEARS = 'alla';

export interface ActivitySearch {
  /** A year, ALL_YEARS, or undefined for the default (the latest year with activities). */
  year: number | typeof ALL_YEARS | undefined;
  unit: string | undefined;
  goal: number | undefined;
  measure: number | undefined;
  text: string;
  /** A value of ACTIVITY_STATUS_FILTERS, or undefined for every state. */
  status: string | undefined;
  grouping: Grouping;
}

const groupingOf = (value: string | null): Grouping =>
  GROUPINGS.find((grouping) => grouping === value) ?? 'goal';

type Key = keyof typeof searchParamNames;

/** The filters live in the address, so a filtered list can be linked to and back restores it. */
export function useActivitySearch() {
  const [params, setParams] = useSearchParams();
  const yearParam = params.get(searchParamNames.year);
  const search: ActivitySearch = {
    year: yearParam === ALL_YEARS ? ALL_YEARS : parseIdParam(yearParam),
    unit: params.get(searchParamNames.unit) || undefined,
    goal: parseIdParam(params.get(searchParamNames.goal)),
    measure: parseIdParam(params.get(searchParamNames.measure)),
    text: params.get(searchParamNames.text) ?? '',
    status: params.get(searchParamNames.status) || undefined,
    grouping: groupingOf(params.get(searchParamNames.group)),
  };
  const update = (changes: Partial<Record<Key, string>>, options: { replace?: boolean } = {}) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes) as [Key, string | undefined][]) {
          if (value) next.set(searchParamNames[key], value);
          else next.delete(searchParamNames[key]);
        }
        return next;
      },
      { replace: options.replace ?? false },
    );
  };
  return { search, update };
}
