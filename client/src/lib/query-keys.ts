import type { ActivityQuery } from '@malbild/shared';

// Every query's key, one factory per API resource. A key starts with the resource's name as its
// URL does (/api/measures/7 → ['measures', 7]), so invalidating a resource's `all` reaches
// every query of it, and one answer is never cached under two keys.

const SIGNED_IN = 'signed-in';
const SESSION = 'auth';

export const queryKeys = {
  session: () => [SESSION, 'session'] as const,
  /** How one may sign in here: passwords, the identity provider or both. */
  authOptions: () => [SESSION, 'options'] as const,
  periods: {
    all: () => ['periods'] as const,
    list: () => ['periods', 'list'] as const,
    current: () => ['periods', 'current'] as const,
    detail: (id: number) => ['periods', id] as const,
    history: (id: number) => ['periods', id, 'history'] as const,
  },
  overview: {
    year: (year: number | undefined, period?: number) =>
      period === undefined
        ? (['overview', year ?? 'latest'] as const)
        : (['overview', year ?? 'latest', { period }] as const),
  },
  measures: {
    all: () => ['measures'] as const,
    list: (period?: number) =>
      period === undefined
        ? (['measures', 'list'] as const)
        : (['measures', 'list', period] as const),
    detail: (number: number, period?: number) =>
      period === undefined
        ? (['measures', number] as const)
        : (['measures', number, { period }] as const),
    history: (number: number) => ['measures', number, 'history'] as const,
    definition: (number: number, period?: number) =>
      period === undefined
        ? (['measures', number, 'definition'] as const)
        : (['measures', number, 'definition', { period }] as const),
    /** The comparison with the country and a group (Kolada), as the server stored it. */
    comparison: (number: number, period?: number) =>
      period === undefined
        ? (['measures', number, 'comparison'] as const)
        : (['measures', number, 'comparison', { period }] as const),
  },
  activities: {
    all: () => ['activities'] as const,
    list: (query: ActivityQuery) => ['activities', query] as const,
    detail: (id: number) => ['activities', id] as const,
  },
  units: {
    all: () => ['units'] as const,
    list: (period?: number) =>
      period === undefined ? (['units'] as const) : (['units', { period }] as const),
  },
  /** The follow-up's published analyses and judgements (/api/follow-up/…): public. */
  followUp: {
    all: () => ['follow-up'] as const,
    year: (year: number, period?: number) => ['follow-up', year, { period }] as const,
    analyses: (number: number, period?: number) =>
      ['follow-up', 'analyses', number, { period }] as const,
  },
  /** Which years have intern kontroll, and which of them are published: public. */
  internalControlYears: () => ['internal-control', 'years'] as const,
  organisation: () => ['organisation'] as const,
  /** How far setting up the municipality has come (/kom-igang). */
  setup: () => ['setup'] as const,
  /** A period's calendar of deadlines: public ("Nästa uppföljning"). */
  deadlines: {
    all: () => ['deadlines'] as const,
    period: (period?: number) =>
      period === undefined ? (['deadlines'] as const) : (['deadlines', { period }] as const),
  },
  /** The API's OpenAPI document (/api/openapi.json). */
  openApi: () => ['openapi.json'] as const,
  /**
   * Queries only a signed-in user may see (entry, users, audit log), under one prefix: signing
   * out or in as someone else drops them all, whichever feature made them.
   */
  signedIn: {
    all: () => [SIGNED_IN] as const,
    users: () => [SIGNED_IN, 'users'] as const,
    audit: () => [SIGNED_IN, 'audit'] as const,
    groupMappings: () => [SIGNED_IN, 'group-mappings'] as const,
    /** The comparison with Kolada's state, and searches in Kolada (through the server). */
    kolada: {
      status: () => [SIGNED_IN, 'kolada', 'status'] as const,
      kpis: (title: string) => [SIGNED_IN, 'kolada', 'kpis', title] as const,
      groups: (title: string) => [SIGNED_IN, 'kolada', 'groups', title] as const,
    },
    entry: (year: number, period?: number) => [SIGNED_IN, 'entry', year, { period }] as const,
    /** What is due, missing or late in a year (controllers). */
    completenessAll: () => [SIGNED_IN, 'completeness'] as const,
    completeness: (year: number, period?: number) =>
      [SIGNED_IN, 'completeness', year, period ?? 'current'] as const,
    /** The signed-in user's own reminders. */
    reminders: () => [SIGNED_IN, 'reminders'] as const,
    /** The plans' working copy with its drafts (decision 019), at the public addresses. */
    activities: {
      all: () => [SIGNED_IN, 'activities'] as const,
      list: (query: ActivityQuery) => [SIGNED_IN, 'activities', query] as const,
      detail: (id: number) => [SIGNED_IN, 'activities', id] as const,
    },
    /** The follow-up with its drafts and review states, and the controller's queue. */
    followUp: {
      all: () => [SIGNED_IN, 'follow-up'] as const,
      year: (year: number, period?: number) => [SIGNED_IN, 'follow-up', year, { period }] as const,
      analyses: (number: number, period?: number) =>
        [SIGNED_IN, 'follow-up', 'analyses', number, { period }] as const,
      queue: (period?: number) => [SIGNED_IN, 'follow-up', 'queue', { period }] as const,
      history: (kind: string, id: number) => [SIGNED_IN, 'follow-up', 'history', kind, id] as const,
    },
    /** Intern kontroll, read by signed-in users until its year is published. */
    internalControl: {
      all: () => [SIGNED_IN, 'internal-control'] as const,
      risks: (year: number) => [SIGNED_IN, 'internal-control', 'risks', year] as const,
      plans: (year: number) => [SIGNED_IN, 'internal-control', 'plans', year] as const,
      summary: (year: number) => [SIGNED_IN, 'internal-control', 'summary', year] as const,
      followUps: (year: number, unit: string) =>
        [SIGNED_IN, 'internal-control', 'follow-ups', year, unit] as const,
    },
  },
};

/** The session and everything under it differ per visitor: never rendered into a shared page. */
export function isPerVisitor(queryKey: readonly unknown[]): boolean {
  return queryKey[0] === SIGNED_IN || queryKey[0] === SESSION;
}
