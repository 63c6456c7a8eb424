import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  NO_DATA_REASON_TEXTS,
  ON_TRACK_RATIO,
  PERIOD_STATUS_LABELS,
  PERIOD_STATUS_TEXT_ALTERNATIVES,
  STATE_LABELS,
  STATE_TEXT_ALTERNATIVES,
  UNAVAILABLE_REASON_TEXTS,
  assessPeriod,
  assessPeriodStatus,
  assessYear,
  buildOverview,
  latestUpdate,
  latestYearWithOutcome,
  periodStatusKey,
} from './assessment';
import { describePeriodStatus } from './period-status-text';
import type { Direction, Measure, Outcome, OutcomeStatus, Target } from './schemas/measure';
import type { PeriodDetail } from './schemas/period';
import {
  MeasurePeriodAssessmentSchema,
  NoDataReasonSchema,
  OverviewQuerySchema,
  OverviewSchema,
  PeriodStatusKeySchema,
  PeriodStatusResultSchema,
  UnavailableReasonSchema,
  type AssessmentState,
  type PeriodStatusKey,
} from './schemas/overview';

type AssessedMeasure = Pick<Measure, 'direction' | 'decimals' | 'outcomes' | 'targets'>;

const PERIOD = { startYear: 2021, endYear: 2025 };

function outcome(year: number, value: number | null, status: OutcomeStatus = 'final'): Outcome {
  return { year, value, status, note: null };
}

function target(year: number, value: number | null): Target {
  return { year, value, note: null };
}

// The council's table "Resultatmått. Utfall och målvärden" (data/sources/
// 2023-01-11-sun-plan-for-malaktiviteter-2023.txt), copied by hand: outcomes 2018–2022,
// targets 2021–2025. "–" and blank cells are null; percentages are in percent. The status
// is the 2022 outcome's footnote: 1) Preliminärt; 2), 3), 6), 7) "Avser <month> 2022".
type Five = [number | null, number | null, number | null, number | null, number | null];
type Row = [number, number, Direction, number, Five, Five, OutcomeStatus?];

// Aligned like the source table, so that each row can be checked against it.
// prettier-ignore
const COUNCIL_TABLE: Row[] = [
  // no goal direction decimals
  //                 outcomes 2018–2022                        targets 2021–2025
  [1,  1, 'up',   0, [211,   213,   212,   213,   204  ], [214,   215,   216,   null, 220  ]],
  [2,  1, 'up',   1, [14.2,  13.1,  13.8,  14.3,  14.0 ], [13.5,  13.7,  13.9,  null, 14.2 ]],
  [3,  1, 'up',   0, [90,    90,    89,    87,    null ], [91,    91,    91,    null, 93   ]],
  [4,  1, 'up',   0, [35,    34,    37,    37,    41   ], [40,    40,    42,    null, 50   ], 'preliminary'],
  [5,  2, 'up',   0, [25,    17,    22,    22,    null ], [20,    24,    24,    null, 27   ]],
  [6,  2, 'up',   0, [237,   189,   222,   276,   288  ], [220,   247,   275,   null, 300  ]],
  [7,  2, 'down', 0, [602,   628,   572,   431,   397  ], [580,   480,   410,   null, 375  ], 'partial'],
  [8,  3, 'up',   0, [26946, 26898, 26604, 26497, 26383], [26750, 26550, 26700, null, 27000], 'partial'],
  [9,  3, 'up',   0, [12901, 12700, 12407, 12444, null ], [13000, 13050, 13100, null, 13200]],
  [10, 3, 'up',   1, [3.2,   3.2,   3.0,   3.1,   3.0  ], [3.1,   3.2,   3.3,   null, 3.5  ]],
  [11, 4, 'up',   0, [null,  null,  null,  86,    88   ], [null,  87,    88,    null, 90   ]],
  [12, 4, 'up',   0, [null,  null,  null,  60,    70   ], [null,  60,    61,    null, 63   ]],
  [13, 4, 'up',   0, [89,    85,    93,    null,  79   ], [88,    89,    89,    null, 93   ]],
  [14, 5, 'down', 0, [227,   209,   189,   187,   181  ], [195,   189,   185,   null, 170  ], 'partial'],
  [15, 5, 'down', 0, [null,  64,    34,    41,    38   ], [42,    32,    32,    null, 30   ]],
  [16, 5, 'up',   0, [null,  null,  92,    214,   216  ], [null,  220,   240,   null, 270  ], 'partial'],
  [17, 5, 'down', 0, [152,   155,   147,   151,   148  ], [149,   147,   147,   null, 140  ], 'partial'],
];

const GOALS = [
  { id: 1, areaId: 1, name: 'En av landets bästa skolkommuner' },
  { id: 2, areaId: 1, name: 'En bra kommun att växa upp i' },
  { id: 3, areaId: 2, name: 'En tillväxtkommun' },
  { id: 4, areaId: 3, name: 'En bra kommun att leva i' },
  { id: 5, areaId: 3, name: 'En hållbar kommun' },
];

const AREAS = [
  { id: 1, name: 'Barn och unga' },
  { id: 2, name: 'Arbete och näringsliv' },
  { id: 3, name: 'Livsmiljö' },
];

function measureFrom([
  number,
  goalId,
  direction,
  decimals,
  outcomes,
  targets,
  status2022,
]: Row): Measure {
  const goal = GOALS.find((g) => g.id === goalId)!;
  return {
    number,
    name: `Resultatmått ${number}`,
    statement: '',
    dataSource: '',
    category: 'Resultat',
    unit: '',
    scaleMin: null,
    scaleMax: null,
    direction,
    decimals,
    koladaKpi: null,
    responsibleUnit: null,
    retired: false,
    continues: null,
    goal: { id: goal.id, name: goal.name },
    area: AREAS.find((a) => a.id === goal.areaId)!,
    outcomes: outcomes.map((value, i) =>
      outcome(2018 + i, value, i === 4 ? (status2022 ?? 'final') : 'final'),
    ),
    targets: targets.map((value, i) => target(2021 + i, value)),
    updatedAt: null,
  };
}

function periodDetail(goals: { id: number; areaId: number; name: string }[]): PeriodDetail {
  return {
    id: 1,
    name: '2021–2025',
    ...PERIOD,
    vision: '',
    status: 'active',
    public: true,
    version: 1,
    areas: AREAS.map((area) => ({
      ...area,
      version: 1,
      goals: goals
        .filter((g) => g.areaId === area.id)
        .map((g) => ({ ...g, description: [], focus: [], measureNumbers: [], version: 1 })),
    })),
  };
}

const council = COUNCIL_TABLE.map(measureFrom);
const councilMeasure = (number: number) => council.find((m) => m.number === number)!;

describe('the council table, 2022 (hand-checked)', () => {
  it.each<[number, AssessmentState, boolean, string]>([
    [1, 'not_met', false, '204 < 215 and below 213 in 2021'],
    [2, 'met', false, '14,0 ≥ 13,7'],
    [3, 'no_data', false, 'no outcome for 2022'],
    [4, 'met', true, '41 ≥ 40, preliminary'],
    [5, 'no_data', false, 'no outcome for 2022'],
    [6, 'met', false, '288 ≥ 247'],
    [7, 'met', true, '397 ≤ 480 (lower is better), November figure'],
    [8, 'not_met', true, '26 383 < 26 550 and below 26 497 in 2021, September figure'],
    [9, 'no_data', false, 'outcome "–"'],
    [10, 'not_met', false, '3,0 < 3,2 and below 3,1 in 2021'],
    [11, 'met', false, '88 ≥ 87'],
    [12, 'met', false, '70 ≥ 60'],
    [13, 'not_met', false, '79 < 89 and below 93 in 2020 (no survey 2021)'],
    [14, 'met', true, '181 ≤ 189 (lower is better), October figure'],
    [15, 'improving', false, '38 > 32 but better than 41 in 2021 (lower is better)'],
    [16, 'improving', true, '216 < 220 but better than 214 in 2021, April figure'],
    [17, 'improving', true, '148 > 147 but better than 151 in 2021, October figure'],
  ])('measure %i is %s (provisional: %s): %s', (number, state, provisional) => {
    const assessment = assessYear(councilMeasure(number), 2022);
    expect(assessment.state).toBe(state);
    expect(assessment.provisional).toBe(provisional);
  });

  it('compares measure 13 with 2020, the latest earlier year that has an outcome', () => {
    expect(assessYear(councilMeasure(13), 2022)).toMatchObject({
      outcome: 79,
      target: 89,
      previous: { year: 2020, value: 93 },
    });
  });

  it('does not count an unchanged outcome as improving (measure 4, 2021: 37 after 37)', () => {
    expect(assessYear(councilMeasure(4), 2021).state).toBe('not_met');
  });

  it('counts states per goal and per area', () => {
    const overview = buildOverview(periodDetail(GOALS), council);
    expect(overview.year).toBe(2022);
    expect(overview.availableYears).toEqual([2021, 2022]);
    const goalCounts = overview.areas.flatMap((a) => a.goals.map((g) => [g.id, g.counts]));
    expect(goalCounts).toEqual([
      [1, { met: 2, improving: 0, not_met: 1, no_data: 1 }],
      [2, { met: 2, improving: 0, not_met: 0, no_data: 1 }],
      [3, { met: 0, improving: 0, not_met: 2, no_data: 1 }],
      [4, { met: 2, improving: 0, not_met: 1, no_data: 0 }],
      [5, { met: 1, improving: 3, not_met: 0, no_data: 0 }],
    ]);
    expect(overview.areas.map((a) => a.counts)).toEqual([
      { met: 4, improving: 0, not_met: 1, no_data: 2 },
      { met: 0, improving: 0, not_met: 2, no_data: 1 },
      { met: 3, improving: 3, not_met: 1, no_data: 0 },
    ]);
    expect(() => OverviewSchema.parse(overview)).not.toThrow();
  });

  it('carries the figures of each measure into the overview', () => {
    const overview = buildOverview(periodDetail(GOALS), council, 2022);
    const thirteen = overview.areas[2]!.goals[0]!.measures[2]!;
    expect(thirteen).toMatchObject({
      number: 13,
      state: 'not_met',
      outcome: 79,
      target: 89,
      previousOutcome: 93,
      previousOutcomeYear: 2020,
    });
  });
});

describe('the council table, period 2021–2025 as of 2022 (hand-checked)', () => {
  it('measure 8: baseline 26 604 (2020), end target 27 000, latest 26 383 → negative progress', () => {
    const period = assessPeriod(councilMeasure(8), PERIOD);
    expect(period.baseline).toEqual({ ok: true, value: { year: 2020, value: 26604 } });
    expect(period.progress).toMatchObject({
      ok: true,
      value: { latest: { year: 2022, value: 26383 }, endTarget: 27000 },
    });
    // (26 383 − 26 604) / (27 000 − 26 604) = −221 / 396
    expect(period.progress.ok && period.progress.value.share).toBeCloseTo(-221 / 396, 10);
    // Below the baseline: the wrong way, whatever the pace.
    expect(period.status).toMatchObject({
      ok: true,
      value: { level: 'wrong_direction', ratio: expect.any(Number), provisional: true },
    });
    expect(period.status.ok && period.status.value.achievedPerYear).toBeCloseTo(-110.5, 9);
    // Trend through 26 604, 26 497, 26 383: −110,5 a year, 26 052,67 in 2025.
    expect(period.projection).toMatchObject({ ok: true, value: { reachesEndTarget: false } });
    expect(period.projection.ok && period.projection.value.slopePerYear).toBeCloseTo(-110.5, 9);
    expect(period.projection.ok && period.projection.value.value).toBeCloseTo(26052.667, 3);
  });

  it('measure 7 (lower is better): progress (397 − 572) / (375 − 572), on track, trend reaches 375', () => {
    const period = assessPeriod(councilMeasure(7), PERIOD);
    expect(period.progress.ok && period.progress.value.share).toBeCloseTo(175 / 197, 10);
    // −87,5 a year so far against −39,4 a year needed: more than twice the pace.
    expect(period.status).toMatchObject({ ok: true, value: { level: 'on_track' } });
    expect(period.status.ok && period.status.value.neededPerYear).toBeCloseTo(-39.4, 9);
    expect(period.status.ok && period.status.value.ratio).toBeCloseTo(87.5 / 39.4, 9);
    // Trend through 572, 431, 397: −87,5 a year, 116,67 in 2025.
    expect(period.projection.ok && period.projection.value.value).toBeCloseTo(116.667, 3);
    expect(period.projection).toMatchObject({ ok: true, value: { reachesEndTarget: true } });
  });

  it('measure 2: progress (14,0 − 13,8) / (14,2 − 13,8) is exactly one half at one decimal', () => {
    const period = assessPeriod(councilMeasure(2), PERIOD);
    expect(period.progress.ok && period.progress.value.share).toBe(0.5);
  });

  it('measure 15 (lower is better) moved away from its target: progress (38 − 34) / (30 − 34)', () => {
    const period = assessPeriod(councilMeasure(15), PERIOD);
    expect(period.progress.ok && period.progress.value.share).toBe(-1);
  });

  it('measure 9 has no 2022 outcome: progress is from its 2021 outcome, 37 / 793', () => {
    const period = assessPeriod(councilMeasure(9), PERIOD);
    expect(period.progress).toMatchObject({ ok: true, value: { latest: { year: 2021 } } });
    expect(period.progress.ok && period.progress.value.share).toBeCloseTo(37 / 793, 10);
  });

  it('measure 13: the end target 93 equals the baseline 93, so there is no share to give', () => {
    const period = assessPeriod(councilMeasure(13), PERIOD);
    expect(period.progress).toEqual({ ok: false, reason: 'target_equals_baseline' });
    // 79 in 2022 is below the baseline, which already reached the end target.
    expect(period.status).toMatchObject({
      ok: true,
      value: { level: 'wrong_direction', ratio: null },
    });
    expect(period.projection).toEqual({ ok: false, reason: 'too_few_points' });
  });

  it('measures 11 and 12 have no outcome before 2021, so no baseline', () => {
    for (const number of [11, 12]) {
      const period = assessPeriod(councilMeasure(number), PERIOD);
      expect(period.baseline).toEqual({ ok: false, reason: 'no_baseline' });
      expect(period.progress).toEqual({ ok: false, reason: 'no_baseline' });
      expect(period.status).toEqual({ ok: false, reason: 'no_baseline' });
      expect(period.projection).toEqual({ ok: false, reason: 'no_baseline' });
    }
  });

  it('gives a state for every year of the period', () => {
    const period = assessPeriod(councilMeasure(4), PERIOD);
    expect(period.states).toEqual([
      { year: 2021, state: 'not_met', provisional: false, noDataReasons: [] },
      { year: 2022, state: 'met', provisional: true, noDataReasons: [] },
      { year: 2023, state: 'no_data', provisional: false, noDataReasons: ['not_published'] },
      {
        year: 2024,
        state: 'no_data',
        provisional: false,
        noDataReasons: ['not_published', 'no_target'],
      },
      { year: 2025, state: 'no_data', provisional: false, noDataReasons: ['not_published'] },
    ]);
    expect(() => MeasurePeriodAssessmentSchema.parse(period)).not.toThrow();
  });
});

describe('the period status of the council table, as of 2022 (hand-checked)', () => {
  // Baseline 2020, end target 2025. Pace so far = (latest − 2020) / years; needed = (2025 − 2020) / 5.
  it.each<[number, PeriodStatusKey, string]>([
    [1, 'wrong_direction', '204 (2022) is below 212 (2020)'],
    [2, 'on_track', '+0,1 a year so far, +0,08 needed: 125 %'],
    [3, 'wrong_direction', '87 (2021) is below 89'],
    [4, 'too_slow', '+2 a year so far, +2,6 needed: 77 %'],
    [5, 'too_slow', '22 (2021) equals 22: standing still'],
    [6, 'on_track', '+33 a year so far, +15,6 needed'],
    [7, 'on_track', '−87,5 a year so far, −39,4 needed (lower is better)'],
    [8, 'wrong_direction', '26 383 is below 26 604'],
    [9, 'too_slow', '+37 in 2021, +158,6 a year needed: 23 %'],
    [10, 'too_slow', '3,0 equals 3,0'],
    [11, 'not_assessable', 'no outcome before 2021'],
    [12, 'not_assessable', 'no outcome before 2021'],
    [13, 'wrong_direction', '79 is below the baseline 93, which was the end target'],
    [14, 'on_track', '−4 a year so far, −3,8 needed: 105 %'],
    [15, 'wrong_direction', '38 is above 34 (lower is better)'],
    [16, 'on_track', '+62 a year so far, +35,6 needed'],
    [17, 'wrong_direction', '148 is above 147 (lower is better), though better than 151 in 2021'],
  ])('measure %i: %s (%s)', (number, key) => {
    expect(periodStatusKey(assessPeriodStatus(councilMeasure(number), PERIOD))).toBe(key);
  });

  it('measure 17 is "Ej uppnått – bättre än året före" in 2022, and the wrong way since 2020', () => {
    expect(STATE_LABELS[assessYear(councilMeasure(17), 2022).state]).toBe(
      'Ej uppnått – bättre än året före',
    );
    const status = assessPeriodStatus(councilMeasure(17), PERIOD);
    expect(PERIOD_STATUS_LABELS[periodStatusKey(status)]).toBe('Åt fel håll');
    expect(describePeriodStatus(status, { unit: 'kWh/m²', decimals: 0 })).toBe(
      'Det senaste utfallet 2022 (148) är sämre än utgångsläget 2020 (147), så utvecklingen går bort från slutmålet 140 år 2025.',
    );
  });

  it('says the paces in plain Swedish, percentages in procentenheter', () => {
    const four = assessPeriodStatus(councilMeasure(4), PERIOD);
    expect(describePeriodStatus(four, { unit: '%', decimals: 0 })).toBe(
      'Sedan utgångsläget 2020 (37\u00a0%) har värdet ändrats +2,0 procentenheter per år; för att nå slutmålet 50\u00a0% år 2025 behövs +2,6 procentenheter per år. Takten är 77\u00a0% av den som behövs.',
    );
    const five = assessPeriodStatus(councilMeasure(5), PERIOD);
    expect(describePeriodStatus(five, { unit: '%', decimals: 0 })).toMatch(
      /Värdet har inte förbättrats sedan utgångsläget\.$/,
    );
    expect(
      describePeriodStatus(assessPeriodStatus(councilMeasure(11), PERIOD), {
        unit: '%',
        decimals: 0,
      }),
    ).toBe('Inget utfall före perioden att utgå från.');
  });

  it('as of 2021, measure 1 was too slow: 213 after 212, +1 a year against +1,6 needed', () => {
    expect(assessPeriodStatus(councilMeasure(1), PERIOD, 2021)).toMatchObject({
      ok: true,
      value: { level: 'too_slow', latest: { year: 2021, value: 213 } },
    });
    expect(assessPeriodStatus(councilMeasure(1), PERIOD, 2020)).toEqual({
      ok: false,
      reason: 'no_outcome_in_period',
    });
  });

  it('counts period statuses per goal in the overview', () => {
    const overview = buildOverview(periodDetail(GOALS), council, 2022);
    const goalCounts = overview.areas.flatMap((a) => a.goals.map((g) => [g.id, g.periodCounts]));
    const counts = (r: number, o: number, s: number, w: number, n: number) => ({
      target_reached: r,
      on_track: o,
      too_slow: s,
      wrong_direction: w,
      not_assessable: n,
    });
    expect(goalCounts).toEqual([
      [1, counts(0, 1, 1, 2, 0)],
      [2, counts(0, 2, 1, 0, 0)],
      [3, counts(0, 0, 2, 1, 0)],
      [4, counts(0, 0, 0, 1, 2)],
      [5, counts(0, 2, 0, 2, 0)],
    ]);
  });
});

describe('why a year shows Saknas', () => {
  it('measure 3, 2022: not published yet; measure 13, 2021: not measured (2022 has one)', () => {
    expect(assessYear(councilMeasure(3), 2022).noDataReasons).toEqual(['not_published']);
    expect(assessYear(councilMeasure(13), 2021).noDataReasons).toEqual(['not_measured']);
  });

  it('measure 11, 2021: no target set, with the note that says why', () => {
    const year = assessYear(councilMeasure(11), 2021);
    expect(year.noDataReasons).toEqual(['no_target']);
    expect(Object.keys(NO_DATA_REASON_TEXTS).sort()).toEqual(
      [...NoDataReasonSchema.options].sort(),
    );
  });
});

describe('reasons', () => {
  const base: AssessedMeasure = { direction: 'up', decimals: 0, outcomes: [], targets: [] };

  it('needs an end target', () => {
    const measure = { ...base, outcomes: [2019, 2020, 2021, 2022].map((y) => outcome(y, y)) };
    const period = assessPeriod(measure, PERIOD);
    expect([period.progress, period.status, period.projection]).toEqual([
      { ok: false, reason: 'no_end_target' },
      { ok: false, reason: 'no_end_target' },
      { ok: false, reason: 'no_end_target' },
    ]);
  });

  it('needs an outcome within the period', () => {
    const measure = { ...base, outcomes: [outcome(2020, 5)], targets: [target(2025, 9)] };
    const period = assessPeriod(measure, PERIOD);
    expect(period.progress).toEqual({ ok: false, reason: 'no_outcome_in_period' });
    expect(period.status).toEqual({ ok: false, reason: 'no_outcome_in_period' });
  });

  it('explains every reason in Swedish', () => {
    expect(Object.keys(UNAVAILABLE_REASON_TEXTS).sort()).toEqual(
      [...UnavailableReasonSchema.options].sort(),
    );
    expect(UNAVAILABLE_REASON_TEXTS.no_baseline).toBe('Inget utfall före perioden att utgå från');
  });
});

describe('labels', () => {
  it('names every state in Swedish, with a text alternative', () => {
    expect(STATE_LABELS).toEqual({
      met: 'Uppnått',
      improving: 'Ej uppnått – bättre än året före',
      not_met: 'Ej uppnått',
      no_data: 'Saknas',
    });
    expect(Object.keys(STATE_TEXT_ALTERNATIVES)).toEqual(Object.keys(STATE_LABELS));
  });

  it('never calls a state that is not met anything that reads as met or partly met', () => {
    for (const state of ['improving', 'not_met'] as const) {
      expect(STATE_LABELS[state]).toMatch(/^Ej uppnått/);
      expect(STATE_LABELS[state]).not.toMatch(/delvis/i);
    }
  });

  it('names every period status in Swedish, with what it means', () => {
    expect(Object.keys(PERIOD_STATUS_LABELS)).toEqual(PeriodStatusKeySchema.options);
    expect(Object.keys(PERIOD_STATUS_TEXT_ALTERNATIVES)).toEqual(PeriodStatusKeySchema.options);
  });
});

describe('latestUpdate', () => {
  it('is the newest date or time of the measures, whichever form it has', () => {
    expect(
      latestUpdate([
        { updatedAt: '2022-12-14' },
        { updatedAt: null },
        { updatedAt: '2023-02-01T08:00:00.000Z' },
      ]),
    ).toBe('2023-02-01T08:00:00.000Z');
    expect(latestUpdate([{ updatedAt: null }])).toBeNull();
  });
});

describe('floating point noise', () => {
  it('treats 0,1 + 0,2 as 0,3 at one decimal, in both directions', () => {
    for (const direction of ['up', 'down'] as const) {
      const measure = {
        direction,
        decimals: 1,
        outcomes: [outcome(2022, 0.1 + 0.2)],
        targets: [target(2022, 0.3)],
      };
      expect(assessYear(measure, 2022).state).toBe('met');
    }
  });

  it('does not count a change below the last decimal as improving', () => {
    const measure = {
      direction: 'up' as const,
      decimals: 1,
      outcomes: [outcome(2021, 14.0), outcome(2022, 14.04)],
      targets: [target(2022, 15)],
    };
    expect(assessYear(measure, 2022).state).toBe('not_met');
  });
});

describe('latestYearWithOutcome', () => {
  it('is the latest year in which any measure has a value', () => {
    expect(latestYearWithOutcome(council)).toBe(2022);
    const onlyEmpty = { ...council[0]!, outcomes: [outcome(2023, null)] };
    expect(latestYearWithOutcome([onlyEmpty])).toBeNull();
  });
});

describe('OverviewQuerySchema', () => {
  it('reads the year from the query string', () => {
    expect(OverviewQuerySchema.parse({ year: '2022' })).toEqual({ year: 2022 });
    expect(OverviewQuerySchema.parse({})).toEqual({});
  });

  it.each(['abc', '2022.5', '1066', '99999'])('refuses year=%s', (year) => {
    expect(OverviewQuerySchema.safeParse({ year }).success).toBe(false);
  });
});

// Properties. Values are kept within ±1e6 so that scaling to the last decimal stays exact.
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const valueArb = fc.double({ min: -1e6, max: 1e6, noNaN: true });
// Halves and small whole numbers hit the rounding boundaries and ties that doubles rarely do.
const tieProneArb = fc.oneof(
  valueArb,
  fc.integer({ min: -40, max: 40 }).map((n) => n / 2),
);
const nullableValueArb = fc.option(tieProneArb, { nil: null, freq: 4 });
const statusArb = fc.constantFrom<OutcomeStatus>('final', 'preliminary', 'partial');

function perYear<T>(arb: (year: number) => fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc
    .tuple(...YEARS.map((year) => fc.option(arb(year), { nil: undefined, freq: 5 })))
    .map((items) => items.filter((item) => item !== undefined));
}

const measureArb: fc.Arbitrary<AssessedMeasure> = fc.record({
  direction: fc.constantFrom<Direction>('up', 'down'),
  decimals: fc.integer({ min: 0, max: 3 }),
  outcomes: perYear((year) =>
    fc.record({
      year: fc.constant(year),
      value: nullableValueArb,
      status: statusArb,
      note: fc.constant(null),
    }),
  ),
  targets: perYear((year) =>
    fc.record({ year: fc.constant(year), value: nullableValueArb, note: fc.constant(null) }),
  ),
});

function mirrored(measure: AssessedMeasure): AssessedMeasure {
  const negate = <T extends { value: number | null }>(item: T): T => ({
    ...item,
    value: item.value === null ? null : -item.value,
  });
  return {
    ...measure,
    direction: measure.direction === 'up' ? 'down' : 'up',
    outcomes: measure.outcomes.map(negate),
    targets: measure.targets.map(negate),
  };
}

describe('properties', () => {
  it('mirror: flipping the direction and negating every value changes no state or verdict', () => {
    fc.assert(
      fc.property(measureArb, (measure) => {
        const original = assessPeriod(measure, PERIOD);
        const mirror = assessPeriod(mirrored(measure), PERIOD);
        for (const year of YEARS) {
          expect(assessYear(mirrored(measure), year).state).toBe(assessYear(measure, year).state);
        }
        expect(mirror.states).toEqual(original.states);
        expect(mirror.progress.ok && mirror.progress.value.share + 0).toBe(
          original.progress.ok && original.progress.value.share + 0,
        );
        expect(periodStatusKey(mirror.status)).toBe(periodStatusKey(original.status));
        expect(mirror.status.ok ? mirror.status.value.ratio : mirror.status.reason).toBe(
          original.status.ok ? original.status.value.ratio : original.status.reason,
        );
        for (const year of YEARS) {
          expect(periodStatusKey(assessPeriodStatus(mirrored(measure), PERIOD, year))).toBe(
            periodStatusKey(assessPeriodStatus(measure, PERIOD, year)),
          );
        }
        expect(
          mirror.projection.ok
            ? mirror.projection.value.reachesEndTarget
            : mirror.projection.reason,
        ).toBe(
          original.projection.ok
            ? original.projection.value.reachesEndTarget
            : original.projection.reason,
        );
      }),
    );
  });

  it('a met outcome stays met when moved further in the better direction', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Direction>('up', 'down'),
        fc.integer({ min: 0, max: 3 }),
        valueArb,
        valueArb,
        fc.option(valueArb, { nil: null }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (direction, decimals, value, targetValue, previous, step) => {
          const measure = (value: number) => ({
            direction,
            decimals,
            outcomes: [outcome(2021, previous), outcome(2022, value)],
            targets: [target(2022, targetValue)],
          });
          fc.pre(assessYear(measure(value), 2022).state === 'met');
          const further = direction === 'up' ? value + step : value - step;
          expect(assessYear(measure(further), 2022).state).toBe('met');
        },
      ),
    );
  });

  it('no_data if and only if the outcome or the target of the year is missing', () => {
    fc.assert(
      fc.property(measureArb, fc.constantFrom(...YEARS), (measure, year) => {
        const outcomeValue = measure.outcomes.find((o) => o.year === year)?.value ?? null;
        const targetValue = measure.targets.find((t) => t.year === year)?.value ?? null;
        const missing = outcomeValue === null || targetValue === null;
        expect(assessYear(measure, year).state === 'no_data').toBe(missing);
      }),
    );
  });

  // Whole numbers at zero decimals, so the expected comparison needs no rounding of its own.
  it('improving never when the target is reached, and only when strictly better than before', () => {
    const whole = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(
        fc.constantFrom<Direction>('up', 'down'),
        whole,
        whole,
        fc.option(whole, { nil: null }),
        (direction, value, targetValue, previous) => {
          const measure = {
            direction,
            decimals: 0,
            outcomes: [outcome(2021, previous), outcome(2022, value)],
            targets: [target(2022, targetValue)],
          };
          const better = (a: number, b: number) => (direction === 'up' ? a > b : a < b);
          const reached = value === targetValue || better(value, targetValue);
          const state = assessYear(measure, 2022).state;
          expect(state === 'met').toBe(reached);
          expect(state === 'improving').toBe(
            !reached && previous !== null && better(value, previous),
          );
        },
      ),
    );
  });

  it('counts per goal and per area always add up to their measures', () => {
    const goalsArb = fc.uniqueArray(
      fc.record({ id: fc.integer({ min: 1, max: 20 }), areaId: fc.constantFrom(1, 2, 3) }),
      { selector: (g) => g.id, minLength: 1, maxLength: 6 },
    );
    const arb = goalsArb.chain((goals) =>
      fc.tuple(
        fc.constant(goals.map((g) => ({ ...g, name: `Mål ${g.id}` }))),
        fc.array(fc.tuple(measureArb, fc.constantFrom(...goals.map((g) => g.id))), {
          maxLength: 20,
        }),
        fc.option(fc.constantFrom(...YEARS), { nil: undefined }),
      ),
    );
    fc.assert(
      fc.property(arb, ([goals, assigned, year]) => {
        const measures = assigned.map(([measure, goalId], i) => ({
          ...measure,
          number: i + 1,
          name: `Resultatmått ${i + 1}`,
          unit: '',
          goal: { id: goalId, name: '' },
        }));
        const overview = buildOverview(periodDetail(goals), measures, year);
        const total = (c: Record<AssessmentState, number>) =>
          c.met + c.improving + c.not_met + c.no_data;
        for (const area of overview.areas) {
          for (const goal of area.goals) {
            const ofGoal = measures.filter((m) => m.goal.id === goal.id).length;
            expect(goal.measures).toHaveLength(ofGoal);
            expect(total(goal.counts)).toBe(ofGoal);
          }
          expect(total(area.counts)).toBe(area.goals.reduce((n, g) => n + total(g.counts), 0));
        }
        expect(overview.areas.reduce((n, a) => n + total(a.counts), 0)).toBe(measures.length);
      }),
    );
  });

  it('the projection of perfectly linear outcomes reproduces the line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e5, max: 1e5 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 2021 + 1, max: 2025 }),
        fc.constantFrom<Direction>('up', 'down'),
        (atBaseline, slope, lastYear, direction) => {
          const line = (year: number) => atBaseline + slope * (year - 2020);
          const years = YEARS.filter((y) => y >= 2020 && y <= lastYear);
          const measure = {
            direction,
            decimals: 0,
            outcomes: years.map((y) => outcome(y, line(y))),
            targets: [target(2025, 0)],
          };
          const { projection } = assessPeriod(measure, PERIOD);
          expect(projection.ok).toBe(true);
          if (!projection.ok) return;
          expect(projection.value.slopePerYear).toBeCloseTo(slope, 6);
          expect(projection.value.value).toBeCloseTo(line(2025), 6);
        },
      ),
    );
  });

  // The period status, on whole numbers at zero decimals: baseline in 2020, one outcome in the
  // period, end target in 2025, so every expectation can be computed without rounding.
  const whole = fc.integer({ min: -1000, max: 1000 });
  const statusCase = fc.record({
    direction: fc.constantFrom<Direction>('up', 'down'),
    baseline: whole,
    latest: whole,
    latestYear: fc.integer({ min: 2021, max: 2025 }),
    endTarget: whole,
  });
  type StatusCase = typeof statusCase extends fc.Arbitrary<infer T> ? T : never;
  const statusOf = (c: StatusCase, latest = c.latest) =>
    assessPeriodStatus(
      {
        direction: c.direction,
        decimals: 0,
        outcomes: [outcome(2020, c.baseline), outcome(c.latestYear, latest)],
        targets: [target(2025, c.endTarget)],
      },
      PERIOD,
    );
  const LEVEL_ORDER: PeriodStatusKey[] = [
    'wrong_direction',
    'too_slow',
    'on_track',
    'target_reached',
  ];

  it('period status: reached iff the latest outcome reaches the end target, wrong way iff worse than the baseline', () => {
    fc.assert(
      fc.property(statusCase, (c) => {
        const better = (a: number, b: number) => (c.direction === 'up' ? a - b : b - a);
        const key = periodStatusKey(statusOf(c));
        expect(key === 'target_reached').toBe(better(c.latest, c.endTarget) >= 0);
        if (key !== 'target_reached') {
          expect(key === 'wrong_direction').toBe(better(c.latest, c.baseline) < 0);
        }
      }),
    );
  });

  it('period status: on track iff the pace so far is at least 95 % of the pace needed', () => {
    fc.assert(
      fc.property(statusCase, (c) => {
        const sign = c.direction === 'up' ? 1 : -1;
        const gained = (sign * (c.latest - c.baseline)) / (c.latestYear - 2020);
        const needed = (sign * (c.endTarget - c.baseline)) / 5;
        const key = periodStatusKey(statusOf(c));
        fc.pre(key === 'on_track' || key === 'too_slow');
        expect(needed).toBeGreaterThan(0);
        expect(key === 'on_track').toBe(gained / needed >= ON_TRACK_RATIO);
      }),
    );
  });

  it('period status: on or ahead of the straight line from baseline to end target is never too slow', () => {
    fc.assert(
      fc.property(statusCase, (c) => {
        const sign = c.direction === 'up' ? 1 : -1;
        // latest ≥ baseline + (endTarget − baseline) · elapsed / 5, multiplied out by 5.
        const line = c.baseline * 5 + (c.endTarget - c.baseline) * (c.latestYear - 2020);
        fc.pre(sign * (c.latest * 5 - line) >= 0 && sign * (c.endTarget - c.baseline) > 0);
        expect(['on_track', 'target_reached']).toContain(periodStatusKey(statusOf(c)));
      }),
    );
  });

  it('period status: a better latest outcome never gives a worse status', () => {
    fc.assert(
      fc.property(statusCase, fc.integer({ min: 0, max: 1000 }), (c, step) => {
        const further = c.direction === 'up' ? c.latest + step : c.latest - step;
        const before = LEVEL_ORDER.indexOf(periodStatusKey(statusOf(c)));
        expect(LEVEL_ORDER.indexOf(periodStatusKey(statusOf(c, further)))).toBeGreaterThanOrEqual(
          before,
        );
      }),
    );
  });

  it('period status: cannot be assessed iff a baseline, an end target or an outcome in the period is missing', () => {
    fc.assert(
      fc.property(measureArb, fc.constantFrom(...YEARS), (measure, asOf) => {
        const valued = (year: number) =>
          measure.outcomes.some((o) => o.year === year && o.value !== null);
        const missing =
          !YEARS.some((y) => y < 2021 && valued(y)) ||
          (measure.targets.find((t) => t.year === 2025)?.value ?? null) === null ||
          !YEARS.some((y) => y >= 2021 && y <= asOf && valued(y));
        const status = assessPeriodStatus(measure, PERIOD, asOf);
        // Huge values may overflow a pace: that is out_of_range, also "cannot be assessed".
        if (status.ok) expect(missing).toBe(false);
        else if (status.reason !== 'out_of_range') expect(missing).toBe(true);
        expect(() => PeriodStatusResultSchema.parse(status)).not.toThrow();
      }),
    );
  });
});
