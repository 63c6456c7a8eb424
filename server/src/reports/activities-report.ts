import {
  ACTIVITY_DISPLAY_STATUS_LABELS,
  followUpSourceText,
  formatDate,
  formatSwedishNumber,
  movedTexts,
  type Activity,
  type Measure,
} from '@malbild/shared';
import type { ReportDocument, ReportMetadata, TableBlock } from './document';

// "Koncernens samtliga målaktiviteter {year}": the summary tables per resultatmått and per
// koncernenhet, then every measure's activities. The counts are computed from the rows listed,
// never copied from a document's summary table (those do not always add up); an activity of
// several units counts for each of them, so the units' total can exceed the activities'.

export interface ActivitiesReportInput {
  year: number;
  periodName: string;
  measures: Measure[];
  activities: Activity[];
  units: { code: string; name: string }[];
  metadata: ReportMetadata;
}

const count = (n: number) => ({ text: formatSwedishNumber(n), align: 'right' as const });

/**
 * "Genomförd (31 januari 2024): … Källa: …, s. 2", or that nobody has followed the activity up
 * yet; and whether it was moved from or to another year.
 */
function followUpText(activity: Activity): string {
  const label = ACTIVITY_DISPLAY_STATUS_LABELS[activity.displayStatus];
  const { followUp } = activity;
  const moved = movedTexts(activity).map((text) => `${text}.`);
  if (followUp === null) {
    const state = activity.displayStatus === 'not_followed_up' ? label : `${label}, ej uppföljd`;
    return [`${state}.`, ...moved].join(' ');
  }
  const reported = [`${label} (${formatDate(followUp.date)})`, followUp.comment].filter(Boolean);
  const source = followUp.source ? [`${followUpSourceText(followUp.source)}.`] : [];
  return [reported.join(': '), ...source, ...moved].join(' ');
}

function summaryTable(
  caption: string,
  firstColumn: string,
  rows: { key: string; name: string; count: number }[],
  total: number,
): TableBlock {
  return {
    kind: 'table',
    caption,
    header: [
      {
        cells: [
          { text: firstColumn },
          { text: 'Namn' },
          { text: 'Antal aktiviteter', align: 'right' },
        ],
      },
    ],
    rows: [
      ...rows.map((row) => ({ cells: [{ text: row.key }, { text: row.name }, count(row.count)] })),
      { cells: [{ text: 'Sammanlagt', span: 2 }, count(total)], emphasis: 'total' as const },
    ],
    widths: [8, 60, 14],
    footnotes: [],
  };
}

function activityTable(measure: Measure, activities: Activity[]): TableBlock {
  return {
    kind: 'table',
    caption: `Målaktiviteter för resultatmått ${measure.number}`,
    header: [
      {
        cells: [
          { text: 'Nr', align: 'right' },
          { text: 'Förvaltning/bolag' },
          { text: 'Verksamhet' },
          { text: 'Aktivitet' },
          { text: 'Antal', align: 'right' },
          { text: 'Enhet' },
          { text: 'Övrigt/kommentar' },
          { text: 'Uppföljning' },
        ],
      },
    ],
    rows: activities.map((activity, index) => ({
      cells: [
        count(index + 1),
        { text: activity.unitsRaw },
        { text: activity.verksamhet ?? '' },
        { text: activity.text },
        { text: activity.antal ?? '', align: 'right' },
        { text: activity.countUnit ?? '' },
        { text: activity.comment ?? '' },
        { text: followUpText(activity) },
      ],
    })),
    widths: [4, 9, 10, 28, 5, 9, 17, 18],
    footnotes: [],
  };
}

export function activitiesDocument({
  year,
  periodName,
  measures,
  activities,
  units,
  metadata,
}: ActivitiesReportInput): ReportDocument {
  // Grouped once: a large organisation has thousands of activities and measures.
  const byMeasure = new Map<number, Activity[]>();
  const byUnit = new Map<string, number>();
  for (const activity of activities) {
    const ofSameMeasure = byMeasure.get(activity.measureNumber);
    if (ofSameMeasure) ofSameMeasure.push(activity);
    else byMeasure.set(activity.measureNumber, [activity]);
    for (const code of activity.units) byUnit.set(code, (byUnit.get(code) ?? 0) + 1);
  }
  const ofMeasure = (measure: Measure) => byMeasure.get(measure.number) ?? [];
  const unitCounts = units.map((unit) => ({
    key: unit.code,
    name: unit.name,
    count: byUnit.get(unit.code) ?? 0,
  }));
  const followedUp = activities.filter((activity) => activity.followUp !== null).length;

  return {
    title: `Koncernens samtliga målaktiviteter ${year}`,
    fileName: `Koncernens samtliga målaktiviteter ${year}`,
    orientation: 'landscape',
    metadata,
    blocks: [
      {
        kind: 'paragraph',
        text: `Målperiod ${periodName}. ${formatSwedishNumber(activities.length)} målaktiviteter för ${year}, varav ${formatSwedishNumber(followedUp)} uppföljda. Antalen nedan är räknade från aktiviteterna; en aktivitet med flera koncernenheter räknas för var och en av dem.`,
      },
      { kind: 'heading', level: 2, text: `Antal målaktiviteter ${year} per resultatmått` },
      summaryTable(
        `Antal målaktiviteter ${year} per resultatmått`,
        'Nr',
        measures.map((measure) => ({
          key: String(measure.number),
          name: measure.name,
          count: ofMeasure(measure).length,
        })),
        activities.length,
      ),
      { kind: 'heading', level: 2, text: `Antal målaktiviteter ${year} per koncernenhet` },
      summaryTable(
        `Antal målaktiviteter ${year} per koncernenhet`,
        'Kod',
        unitCounts,
        unitCounts.reduce((sum, unit) => sum + unit.count, 0),
      ),
      { kind: 'heading', level: 2, text: `Målaktiviteter ${year} per resultatmått` },
      ...measures.flatMap((measure): ReportDocument['blocks'] => {
        const rows = ofMeasure(measure);
        return [
          { kind: 'heading', level: 3, text: `${measure.number}. ${measure.name}` },
          {
            kind: 'paragraph',
            text: `Mål: ${measure.goal.name}. Vi jobbar för att: ${measure.statement}.`,
          },
          rows.length === 0
            ? { kind: 'paragraph', text: `Inga målaktiviteter ${year}.` }
            : activityTable(measure, rows),
        ];
      }),
    ],
  };
}
