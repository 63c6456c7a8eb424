import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  ControlPlanSchema,
  ControlPublicationSchema,
  ControlSummarySchema,
  ControlUnitReportSchema,
  RiskSchema,
} from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// The reads of /api/internal-control: signed-in users' until the year is published, so their
// keys are under queryKeys.signedIn (dropped on sign-out, never in a shared server render).
const keys = queryKeys.signedIn.internalControl;

export const getControlYearsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.internalControlYears(),
    queryFn: (context) =>
      apiGet('/internal-control/years', ControlPublicationSchema.array(), {}, context),
  });

export const getRisksQueryOptions = (year: number) =>
  queryOptions({
    queryKey: keys.risks(year),
    queryFn: (context) => apiGet('/internal-control/risks', RiskSchema.array(), { year }, context),
  });

export const getControlPlansQueryOptions = (year: number) =>
  queryOptions({
    queryKey: keys.plans(year),
    queryFn: (context) =>
      apiGet('/internal-control/plans', ControlPlanSchema.array(), { year }, context),
  });

export const getControlSummaryQueryOptions = (year: number) =>
  queryOptions({
    queryKey: keys.summary(year),
    queryFn: (context) =>
      apiGet('/internal-control/summary', ControlSummarySchema, { year }, context),
  });

export const getUnitReportQueryOptions = (year: number, unit: string) =>
  queryOptions({
    queryKey: keys.followUps(year, unit),
    queryFn: (context) =>
      apiGet('/internal-control/follow-ups', ControlUnitReportSchema, { year, unit }, context),
    staleTime: 0,
  });

export const useControlYears = () => useQuery(getControlYearsQueryOptions());
export const useRisks = (year: number) => useQuery(getRisksQueryOptions(year));
export const useControlPlans = (year: number) => useQuery(getControlPlansQueryOptions(year));
export const useControlSummary = (year: number) => useQuery(getControlSummaryQueryOptions(year));
export const useUnitReport = (year: number, unit: string) =>
  useQuery(getUnitReportQueryOptions(year, unit));

export type ControlFileFormat = 'pdf' | 'docx' | 'xlsx' | 'csv';

/** The address of a table as a file, with the same read rule as the API. */
export const controlFileUrl = (
  table: 'risks' | 'plans' | 'follow-ups' | 'summary',
  format: ControlFileFormat,
  year: number,
) => `/api/internal-control/${table}.${format}?year=${year}`;
