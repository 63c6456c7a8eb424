// Every page's address in one place; search params carry the year and filters so that links
// can be shared and the back button restores them.
export const searchParamNames = {
  year: 'ar',
  unit: 'enhet',
  goal: 'mal',
  measure: 'matt',
  text: 'sok',
  /** An activity's follow-up state (ACTIVITY_STATUS_FILTERS). */
  status: 'status',
  /** How the activities are grouped: by goal, measure or unit. */
  group: 'grupp',
  /** How many activities a group shows beyond its first ones, once per group: `goal-3.30`. */
  shown: 'visa',
  /** Which målperiod a public page shows; absent = the current one. */
  period: 'period',
  /** Where to go after signing in. */
  returnTo: 'till',
} as const;

function withYear(path: string, year: number | undefined, period?: number): string {
  const search = new URLSearchParams();
  if (year !== undefined) search.set(searchParamNames.year, String(year));
  if (period !== undefined) search.set(searchParamNames.period, String(period));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** ?period= on an API address or a page that takes no year. */
function withQuery(path: string, period: number | undefined): string {
  return period === undefined ? path : `${path}?period=${String(period)}`;
}

export const paths = {
  // `period`: a period other than the current one (useShownPeriodId), which the URL carries.
  start: (year?: number, period?: number) => withYear('/', year, period),
  /** The start page of a period other than the current one (the archive's links). */
  periodStart: (periodId: number) => withYear('/', undefined, periodId),
  goal: (goalId: number, year?: number, period?: number) =>
    withYear(`/mal/${goalId}`, year, period),
  measure: (number: number, period?: number) =>
    withYear(`/resultatmatt/${number}`, undefined, period),
  activities: (
    filters: {
      year?: number;
      goal?: number;
      measure?: number;
      unit?: string;
      period?: number | undefined;
    } = {},
  ) => {
    const search = new URLSearchParams();
    if (filters.year !== undefined) search.set(searchParamNames.year, String(filters.year));
    if (filters.unit !== undefined) search.set(searchParamNames.unit, filters.unit);
    if (filters.goal !== undefined) search.set(searchParamNames.goal, String(filters.goal));
    if (filters.measure !== undefined)
      search.set(searchParamNames.measure, String(filters.measure));
    if (filters.period !== undefined) search.set(searchParamNames.period, String(filters.period));
    const text = search.toString();
    return text ? `/malaktiviteter?${text}` : '/malaktiviteter';
  },
  /** An activity's permanent address: its id, which never changes (decision 013). */
  activity: (id: number) => `/malaktiviteter/${id}`,
  /** How the states and the period status are worked out, in plain Swedish. */
  method: () => '/om-bedomningen',
  signIn: (returnTo?: string) =>
    returnTo
      ? `/logga-in?${searchParamNames.returnTo}=${encodeURIComponent(returnTo)}`
      : '/logga-in',
  entry: (year?: number, period?: number) => withYear('/inmatning', year, period),
  /** The measure's chart as an image file (the server draws it with the page's chart). */
  measureChart: (number: number, format: 'png' | 'svg', period?: number) =>
    withQuery(`/api/measures/${number}/chart.${format}`, period),
  /** A file of the open data (/api/export/), of a period other than the current one: `period`. */
  openData: (file: string, period?: number) => withQuery(`/api/export/${file}`, period),
  /** The page a municipality's own site frames: the measure's chart with its legend and table. */
  measureEmbed: (number: number, period?: number) =>
    withQuery(`/inbaddning/resultatmatt/${number}`, period),
  /** The plans för målaktiviteter; the page opens the signed-in editor's own unit. */
  plan: (period?: number) => withYear('/plan', undefined, period),
  /** A unit's plan for a year. */
  planOf: (unit: string, year: number) =>
    `/plan?${searchParamNames.year}=${year}&${searchParamNames.unit}=${unit}`,
  /** Every activity of a unit's year, followed up in one view. */
  planFollowUp: (unit: string, year: number) => `/plan/${unit}/${year}/uppfoljning`,
  /** The definitions (of a period other than the current one: `period`), or one measure's form. */
  definitions: (measure?: number, period?: number) => {
    const search = new URLSearchParams();
    if (measure !== undefined) search.set(searchParamNames.measure, String(measure));
    if (period !== undefined) search.set(searchParamNames.period, String(period));
    const text = search.toString();
    return text ? `/inmatning/definitioner?${text}` : '/inmatning/definitioner';
  },
  /** Imports of outcomes and targets from a file or from Kolada. */
  imports: '/import',
  adminUsers: '/admin/anvandare',
  auditLog: '/admin/logg',
  adminGroups: '/admin/grupper',
  /** Intern kontroll: the risk analyses, the plans and the koncern's follow-up. */
  internalControl: (year?: number) => withYear('/intern-kontroll', year),
  /** A unit's follow-up of the year's kontrollpunkter. */
  internalControlFollowUp: (year?: number, unit?: string) => {
    const search = new URLSearchParams();
    if (year !== undefined) search.set(searchParamNames.year, String(year));
    if (unit !== undefined) search.set(searchParamNames.unit, unit);
    const text = search.toString();
    return text ? `/intern-kontroll/uppfoljning?${text}` : '/intern-kontroll/uppfoljning';
  },
  /** Målperioder and their structure; `period` opens one of them. */
  adminPeriods: (periodId?: number) =>
    periodId === undefined
      ? '/admin/perioder'
      : `/admin/perioder?${searchParamNames.period}=${periodId}`,
  adminProfile: '/admin/kommun',
  /** The first run: the first administrator, then each step of setting up the municipality. */
  setup: '/kom-igang',
  /** The controller's queue of analyses, judgements and plans waiting for approval. */
  reviewQueue: '/uppfoljning/granskning',
  adminUnits: '/admin/enheter',
  /** The calendar of deadlines, and what is due, missing or late in a year. */
  adminCalendar: '/admin/kalender',
  adminCompleteness: (year?: number) => withYear('/admin/vad-saknas', year),
  /** The signed-in user's reminders. */
  reminders: '/paminnelser',
  accessibility: '/tillganglighet',
  apiDocs: '/api-dokumentation',
};

/** A path inside the app to return to; anything else (another site, "//host") is refused. */
export function safeReturnPath(value: string | null): string | undefined {
  return value?.startsWith('/') && !value.startsWith('//') && !value.includes('\\')
    ? value
    : undefined;
}

/** A positive whole number from a search param, or undefined when absent or malformed. */
export function parseIdParam(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,6}$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}
