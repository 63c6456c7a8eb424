import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import {
  AnalysisSchema,
  JudgementSchema,
  UnitReviewSchema,
  YearLockSchema,
  type Analysis,
  type Judgement,
  type JudgementLevel,
  type JudgementSubject,
  type Occasion,
  type ReviewAction,
} from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { invalidateActivities } from '../../../lib/api/get-activities';
import { conflictCurrent } from '../../../lib/versioned-form';

// The follow-up's writes: each saved draft or step is read again, public and signed-in.

const withPeriod = (path: string, period: number | undefined) =>
  period === undefined ? path : `${path}?period=${period}`;

function invalidate(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.followUp.all() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.followUp.all() });
}

export interface AnalysisKey {
  number: number;
  year: number;
  occasion: Occasion;
  period?: number | undefined;
}

export function useSaveAnalysis() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, text, version }: { key: AnalysisKey; text: string; version: number }) =>
      apiSend(
        'PUT',
        withPeriod(`/follow-up/${key.year}/analyses/${key.number}/${key.occasion}`, key.period),
        { text, version },
        AnalysisSchema,
      ),
    onSuccess: () => invalidate(queryClient),
  });
}

export interface JudgementKey {
  subject: JudgementSubject;
  id: number;
  year: number;
  period?: number | undefined;
}

export function useSaveJudgement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      key,
      ...body
    }: {
      key: JudgementKey;
      level: JudgementLevel;
      reason: string;
      version: number;
    }) =>
      apiSend(
        'PUT',
        withPeriod(`/follow-up/${key.year}/judgements/${key.subject}/${key.id}`, key.period),
        body,
        JudgementSchema,
      ),
    onSuccess: () => invalidate(queryClient),
  });
}

/** What a step is taken on: an analysis or judgement by id, a unit's plan or follow-up. */
export type StepTarget =
  | { kind: 'analysis' | 'judgement'; id: number }
  | { kind: 'plan' | 'follow_up'; unit: string; year: number; period?: number | undefined };

const STEP_SCHEMAS = {
  analysis: AnalysisSchema,
  judgement: JudgementSchema,
  plan: UnitReviewSchema,
  follow_up: UnitReviewSchema,
};

function stepPath(target: StepTarget): string {
  if ('id' in target) {
    return `/follow-up/${target.kind === 'analysis' ? 'analyses' : 'judgements'}/${target.id}/steps`;
  }
  const path = `/follow-up/${target.year}/units/${target.unit}/${target.kind}/steps`;
  return withPeriod(path, target.period);
}

export function useTakeStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: {
      target: StepTarget;
      action: ReviewAction;
      comment: string;
      version: number;
    }): Promise<unknown> =>
      apiSend(
        'POST',
        stepPath(step.target),
        { action: step.action, comment: step.comment, version: step.version },
        STEP_SCHEMAS[step.target.kind],
      ),
    onSuccess: () => {
      invalidate(queryClient);
      void invalidateActivities(queryClient);
    },
  });
}

export function useSetYearLock(period: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, locked }: { year: number; locked: boolean }) =>
      apiSend(
        'PUT',
        withPeriod(`/follow-up/${year}/lock`, period),
        { locked },
        YearLockSchema.nullable(),
      ),
    onSuccess: () => invalidate(queryClient),
  });
}

/** On 409, the analysis or judgement as someone else saved it meanwhile. */
export const conflictingAnalysis = (error: unknown): Analysis | null =>
  conflictCurrent(error, AnalysisSchema);
export const conflictingJudgement = (error: unknown): Judgement | null =>
  conflictCurrent(error, JudgementSchema);
