import type { EntryChange } from '@malbild/shared';

type OutcomeChange = Extract<EntryChange, { kind: 'outcome' }>;

/** An outcome change as the entry grid sends it: final, without note or source unless given. */
export const outcome = (
  measureNumber: number,
  value: number | null,
  version: number,
  extra: Partial<OutcomeChange> = {},
): OutcomeChange => ({
  kind: 'outcome',
  measureNumber,
  value,
  status: 'final',
  note: null,
  dataSource: null,
  version,
  ...extra,
});

type TargetChange = Extract<EntryChange, { kind: 'target' }>;

/** A target change as the entry grid sends it: without note or decision unless given. */
export const target = (
  measureNumber: number,
  value: number | null,
  version: number,
  extra: Partial<TargetChange> = {},
): TargetChange => ({
  kind: 'target',
  measureNumber,
  value,
  note: null,
  decision: null,
  version,
  ...extra,
});
