import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { Completeness, CompletenessItem, CompletenessState } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { SelectField } from '../../../components/text-field';
import { getPeriodQueryOptions } from '../../../lib/api/get-current-period';
import { getUnitsQueryOptions } from '../../../lib/api/get-units';
import { formatDay } from '../../../lib/format';
import { parseIdParam, searchParamNames } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { useCompleteness } from '../api/get-completeness';
import { strings } from '../strings';
import { CompletenessTable } from './completeness-table';
import { DeadlinesNav } from './deadlines-nav';
import './deadlines.css';

type Grouping = keyof typeof strings.groups;
type Filter = keyof typeof strings.filters;

const SHOWN: Record<Filter, (state: CompletenessState) => boolean> = {
  open: (state) => state !== 'done',
  late: (state) => state === 'late',
  all: () => true,
};

interface Group {
  key: string;
  title: string;
  items: CompletenessItem[];
}

function groupsOf(
  view: Completeness,
  grouping: Grouping,
  items: readonly CompletenessItem[],
  unitName: (code: string) => string,
): Group[] {
  const groups = new Map<string, Group>();
  const add = (key: string, title: string, item: CompletenessItem) => {
    const group = groups.get(key) ?? { key, title, items: [] };
    group.items.push(item);
    groups.set(key, group);
  };
  for (const item of items) {
    if (grouping === 'check') {
      add(item.check, view.checks.find((c) => c.id === item.check)?.label ?? item.check, item);
    } else if (grouping === 'measure') {
      const number = item.measureNumber;
      add(
        number === null ? 'none' : String(number).padStart(5, '0'),
        number === null ? strings.noMeasure : strings.measure(number),
        item,
      );
    } else if (item.units.length === 0) {
      add('~', strings.noUnit, item);
    } else {
      for (const code of item.units) add(code, `${unitName(code)} (${code})`, item);
    }
  }
  const sorted = [...groups.values()];
  return grouping === 'check' ? sorted : sorted.sort((a, b) => a.key.localeCompare(b.key, 'sv'));
}

function countStates(items: readonly CompletenessItem[]): Record<CompletenessState, number> {
  const counts = { done: 0, due: 0, late: 0, missing: 0 };
  for (const item of items) counts[item.state] += 1;
  return counts;
}

/** /admin/vad-saknas – what is due, missing or late in a year, per check, measure or unit. */
export function CompletenessPage() {
  useDocumentTitle(strings.completenessTitle);
  const periodId = useShownPeriodId();
  const period = useQuery(getPeriodQueryOptions(periodId)).data;
  const units = useQuery(getUnitsQueryOptions()).data ?? [];
  const [params, setParams] = useSearchParams();
  const [grouping, setGrouping] = useState<Grouping>('check');
  const [filter, setFilter] = useState<Filter>('open');
  const thisYear = new Date().getFullYear();
  const asked = parseIdParam(params.get(searchParamNames.year));
  const year = period
    ? Math.min(Math.max(asked ?? thisYear, period.startYear), period.endYear)
    : (asked ?? thisYear);
  const query = useCompleteness(year, periodId);
  const years = period
    ? Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i)
    : [year];
  const unitName = (code: string) => units.find((u) => u.code === code)?.name ?? code;

  return (
    <div className="page">
      <h1>{strings.completenessTitle}</h1>
      <DeadlinesNav />
      <p>{strings.completenessIntro}</p>
      <div className="completeness-choices">
        <SelectField
          id="completeness-year"
          label={strings.year}
          value={String(year)}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            next.set(searchParamNames.year, value);
            setParams(next, { replace: true });
          }}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          id="completeness-grouping"
          label={strings.groupBy}
          value={grouping}
          onChange={(value) => setGrouping(value as Grouping)}
          options={Object.entries(strings.groups).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          id="completeness-filter"
          label={strings.show}
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          options={Object.entries(strings.filters).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <QueryState query={query} label={strings.completenessLabel}>
        {(view) => {
          const shown = view.items.filter((item) => SHOWN[filter](item.state));
          const groups = groupsOf(view, grouping, shown, unitName);
          return (
            <>
              <p role="status">
                {strings.today(formatDay(view.today))} {strings.counts(countStates(view.items))}
              </p>
              {groups.length === 0 && <p>{strings.nothing}</p>}
              {groups.map((group) => (
                <section
                  key={group.key}
                  className="completeness-group"
                  aria-labelledby={`group-${group.key}`}
                >
                  <h2 id={`group-${group.key}`}>
                    {group.title}{' '}
                    <span className="completeness-group__count">
                      {strings.groupCount(group.items.length)}
                    </span>
                  </h2>
                  <CompletenessTable items={group.items} caption={group.title} />
                </section>
              ))}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
