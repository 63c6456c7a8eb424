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

type Key = Exclude<keyof typeof searchParamNames, 'shown'>;

/** `?visa=goal-3.30&visa=shared.50`: a group's key and how many of its activities are shown. */
function shownOf(params: URLSearchParams): ReadonlyMap<string, number> {
  const shown = new Map<string, number>();
  for (const value of params.getAll(searchParamNames.shown)) {
    const dot = value.lastIndexOf('.');
    const count = parseIdParam(value.slice(dot + 1));
    if (dot > 0 && count !== undefined) shown.set(value.slice(0, dot), count);
  }
  return shown;
}

function withShown(current: URLSearchParams, group: string, count: number): URLSearchParams {
  const next = new URLSearchParams(current);
  next.delete(searchParamNames.shown);
  for (const [key, value] of shownOf(current)) {
    if (key !== group) next.append(searchParamNames.shown, `${key}.${String(value)}`);
  }
  next.append(searchParamNames.shown, `${group}.${String(count)}`);
  return next;
}

/**
 * The filters live in the address, so a filtered list can be linked to and back restores it; so
 * does how far each group is shown, so that "Visa fler" is a link that works without JavaScript.
 */
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
  /** A new filter starts every group at its first activities again. */
  const update = (changes: Partial<Record<Key, string>>, options: { replace?: boolean } = {}) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(searchParamNames.shown);
        for (const [key, value] of Object.entries(changes) as [Key, string | undefined][]) {
          if (value) next.set(searchParamNames[key], value);
          else next.delete(searchParamNames[key]);
        }
        return next;
      },
      { replace: options.replace ?? false },
    );
  };
  const shownGroups = {
    /** How many of each group's activities the address asks to show. */
    counts: shownOf(params),
    /** The address that shows `count` activities of `group`, every other group as it is. */
    href: (group: string, count: number) => `?${withShown(params, group, count).toString()}`,
    /** The same, in place: the address follows, without a new entry in the history. */
    show: (group: string, count: number) => {
      setParams((current) => withShown(current, group, count), {
        replace: true,
        preventScrollReset: true,
      });
    },
  };
  return { search, update, shownGroups };
}

export type ShownGroups = ReturnType<typeof useActivitySearch>['shownGroups'];
