// Every page's address in one place; search params carry the year and filters so that links
// can be shared and the back button restores them.
export const searchParamNames = {
  year: 'ar',
  unit: 'enhet',
  goal: 'mal',
  measure: 'matt',
  text: 'sok',
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
  activities: (filters: { year?: number; goal?: number; measure?: number } = {}) => {
    const search = new URLSearchParams();
    if (filters.year !== undefined) search.set(searchParamNames.year, String(filters.year));
    if (filters.goal !== undefined) search.set(searchParamNames.goal, String(filters.goal));
    if (filters.measure !== undefined)
      search.set(searchParamNames.measure, String(filters.measure));
    const text = search.toString();
    return text ? `/malaktiviteter?${text}` : '/malaktiviteter';
  },
  /** How the states and the period status are worked out, in plain Swedish. */
  method: () => '/om-bedomningen',
  signIn: (returnTo?: string) =>
    returnTo
      ? `/logga-in?${searchParamNames.returnTo}=${encodeURIComponent(returnTo)}`
      : '/logga-in',
  entry: (year?: number) => withYear('/inmatning', year),
  /** The measure's chart as an image file (the server draws it with the page's chart). */
  measureChart: (number: number, format: 'png' | 'svg', period?: number) =>
    withQuery(`/api/measures/${number}/chart.${format}`, period),
  /** The page a municipality's own site frames: the measure's chart with its legend and table. */
  measureEmbed: (number: number, period?: number) =>
    withQuery(`/inbaddning/resultatmatt/${number}`, period),
  /** The plans för målaktiviteter; the page opens the signed-in editor's own unit. */
  plan: () => '/plan',
  definitions: (measure?: number) =>
    measure === undefined
      ? '/inmatning/definitioner'
      : `/inmatning/definitioner?${searchParamNames.measure}=${measure}`,
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
  adminUnits: '/admin/enheter',
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
