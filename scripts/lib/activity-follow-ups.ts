import type { ActivityStatus, SeedActivity } from '@malbild/shared';
import { DOCUMENTS, readDocument } from './sources';
import { lines } from './text';

// Results of 2023's målaktiviteter that the schools' årsredovisning 2023 reports (IFO's reports
// none of its activities; decision 015), and 2024's activities that the 2024 plan says were moved
// from 2023. Each rule names the activity by its year, measure and words of its text, the status
// the passage shows and the passage's first and last words; the comment is the passage as the
// document writes it, with the page it is on.

interface ReportedResult {
  year: number;
  measureNumber: number;
  text: RegExp;
  status: ActivityStatus;
  passage: RegExp;
}

const REPORTED: readonly ReportedResult[] = [
  {
    // "Förbereda start av engelskspråkig grundskola … läsåret 2023/24": the class started.
    year: 2023,
    measureNumber: 8,
    text: /^Förbereda start av engelskspråkig grundskola/,
    status: 'done',
    passage:
      /Till starten av höstterminen 2023 startades.*?Antalet elever blev till slut \S+ stycken\./,
  },
  {
    // "Avtal med lärosäten om arbetsintegrerade lärarutbildningar (AIL)", 10 studenter planned.
    year: 2023,
    measureNumber: 4,
    text: /arbetsintegrerade lärarutbildningar \(AIL\)/,
    status: 'done',
    passage:
      /Under året har vi haft \d+ personer som läser till lärare inom det arbetsintegrerade lärarprogrammet\./,
  },
  {
    // "Utveckla det systematiska kvalitetsarbetet och marknadsföra det" (förskolan): begun in 2023.
    year: 2023,
    measureNumber: 4,
    text: /^Utveckla det systematiska kvalitetsarbetet/,
    status: 'in_progress',
    passage:
      /Förskolan har under 2023 påbörjat arbetet med att se över sitt systematiska kvalitetsarbete.*?förskola och skola\./,
  },
  {
    // "Ta fram en digitaliseringsstrategi för förskolan …": the work goes on in 2024, not done.
    year: 2023,
    measureNumber: 4,
    text: /^Ta fram en digitaliseringsstrategi för förskolan/,
    status: 'in_progress',
    passage:
      /Under 2024 fortsätter förskola och skola arbetet med att ta fram en digitaliseringsstrategi.*?\./,
  },
];

// The report's pages each begin with its running heading; the first page's lacks the dash.
const PAGE_HEADING =
  /^Bilaga 2 - Årsredovisning (- )?Social och Utbildningsförvaltningens utbildningsverksamheter$/;

/** The passage matching `passage` and the page of the annual report it is on (1 = first). */
function findPassage(all: readonly string[], passage: RegExp): { text: string; page: number } {
  const first = all.findIndex((line) => PAGE_HEADING.test(line));
  if (first < 0) throw new Error('Hittar inte årsredovisningens första sida');
  let page = 0;
  for (const line of all.slice(first)) {
    if (PAGE_HEADING.test(line)) page += 1;
    const match = passage.exec(line);
    if (match) return { text: match[0], page };
  }
  throw new Error(`Hittar inte i årsredovisningen: ${String(passage)}`);
}

function onlyActivity(
  activities: readonly SeedActivity[],
  where: { year: number; measureNumber: number },
  matches: (activity: SeedActivity) => boolean,
  what: string,
): SeedActivity {
  const found = activities.filter(
    (a) => a.year === where.year && a.measureNumber === where.measureNumber && matches(a),
  );
  if (found.length !== 1) {
    throw new Error(
      `${found.length} målaktiviteter ${where.year} (${where.measureNumber}) för ${what}`,
    );
  }
  return found[0]!;
}

/** Adds the reported results as follow-ups, with their source and page. */
function addReportedResults(activities: readonly SeedActivity[]): void {
  const { file, source } = DOCUMENTS.schoolsAnnualReport2023;
  const all = lines(readDocument(file));
  for (const rule of REPORTED) {
    const activity = onlyActivity(
      activities,
      rule,
      (a) => rule.text.test(a.text),
      String(rule.text),
    );
    const { text, page } = findPassage(all, rule.passage);
    activity.followUp = { status: rule.status, comment: text, date: source.date, source, page };
  }
}

// "Flyttat från 2023 till 2024 för att färdigställas", "Flyttat från -23 till -24 …".
const MOVED = /^Flyttat från (?:20)?-?23 till (?:20)?-?24\b/;
const sameText = (a: string, b: string) => a.replace(/\.$/, '') === b.replace(/\.$/, '');

/** Links 2024's activities the plan calls moved from 2023 to the 2023 row of the same text. */
function linkMovedActivities(activities: readonly SeedActivity[]): void {
  for (const moved of activities.filter((a) => a.year === 2024 && MOVED.test(a.comment ?? ''))) {
    const where = { year: 2023, measureNumber: moved.measureNumber };
    const earlier = onlyActivity(
      activities,
      where,
      (a) => a.unitsRaw === moved.unitsRaw && sameText(a.text, moved.text),
      moved.text,
    );
    moved.movedFrom = { ...where, position: earlier.position };
  }
}

/** Fills in what later documents say of the activities: results and moves. */
export function addFollowUps(activities: readonly SeedActivity[]): void {
  addReportedResults(activities);
  linkMovedActivities(activities);
}
