import type { Measure, UnitWithCounts } from '@malbild/shared';

/** What the plan shows of a resultatmått: its number, name and "Det här jobbar vi särskilt för". */
export type PlanMeasure = Pick<Measure, 'number' | 'name' | 'statement'>;

/** The choices the plan offers: the period's years, its measures and the koncern's units. */
export interface PlanOptions {
  years: readonly number[];
  measures: readonly PlanMeasure[];
  units: readonly UnitWithCounts[];
}
