import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { MeasureDetailSchema, MeasurePeriodAssessmentSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

/** GET /api/measures/:number: the measure, its earlier published values and its period assessment. */
export const MeasureWithAssessmentSchema = MeasureDetailSchema.extend({
  assessment: MeasurePeriodAssessmentSchema,
});
export type MeasureWithAssessment = z.infer<typeof MeasureWithAssessmentSchema>;

export function getMeasure(number: number, signal?: AbortSignal) {
  return apiGet(`/measures/${number}`, MeasureWithAssessmentSchema, {}, signal);
}

export const getMeasureQueryOptions = (number: number) =>
  queryOptions({
    queryKey: ['measures', number],
    queryFn: ({ signal }) => getMeasure(number, signal),
  });

export function useMeasure(number: number) {
  return useQuery(getMeasureQueryOptions(number));
}
