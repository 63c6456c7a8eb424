import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, Measure, MeasureDetail, MeasureWithAssessment } from '@malbild/shared';
import type { SeedMeasure } from '@malbild/shared';
import { createTestApp, getJson, seed } from './helpers';
import { outcome } from './entry-changes';
import { asUser, useSignedInController } from './session-helpers';

const byYear = <T extends { year: number }>(rows: T[]) => [...rows].sort((a, b) => a.year - b.year);

function areaOfGoal(goalName: string): string | undefined {
  return seed.period.areas.find((area) => area.goals.some((goal) => goal.name === goalName))?.name;
}

/** What the API should say about a seeded measure, minus the database ids. */
function expectedMeasure({ goal, source, publishedValues: _published, ...measure }: SeedMeasure) {
  return {
    ...measure,
    // Seeded figures date from their document, not from when the database was built.
    updatedAt: source.date,
    responsibleUnit: null,
    retired: false,
    continues: null,
    goal: expect.objectContaining({ name: goal }),
    area: expect.objectContaining({ name: areaOfGoal(goal) }),
    outcomes: byYear(measure.outcomes),
    targets: byYear(measure.targets),
  };
}

describe('GET /api/measures', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('lists the 17 measures of the period in number order', async () => {
    const { status, body } = await getJson<Measure[]>(app, '/api/measures');
    expect(status).toBe(200);
    expect(body.map((measure) => measure.number)).toEqual(
      Array.from({ length: 17 }, (_, index) => index + 1),
    );
  });

  it('gives back every definition, outcome and target exactly as seeded, years in order', async () => {
    const { body } = await getJson<Measure[]>(app, '/api/measures');
    const seeded = [...seed.measures].sort((a, b) => a.number - b.number);
    expect(body).toEqual(seeded.map(expectedMeasure));
  });

  it('keeps a missing value as null, never zero', async () => {
    const { body } = await getJson<Measure[]>(app, '/api/measures');
    const seededNulls = seed.measures.flatMap((m) => m.targets.filter((t) => t.value === null));
    const apiNulls = body.flatMap((m) => m.targets.filter((t) => t.value === null));
    expect(seededNulls.length).toBeGreaterThan(0);
    expect(apiNulls).toHaveLength(seededNulls.length);
  });

  it('gives one measure with the values other documents published', async () => {
    for (const seeded of seed.measures) {
      const { status, body } = await getJson<MeasureDetail>(app, `/api/measures/${seeded.number}`);
      expect(status).toBe(200);
      expect(body).toEqual({
        ...expectedMeasure(seeded),
        publishedValues: expect.arrayContaining(seeded.publishedValues),
        assessment: expect.any(Object),
      });
      expect(body.publishedValues).toHaveLength(seeded.publishedValues.length);
    }
  });

  // Figures worked out by hand from the table of 14 December 2022 (measure 8, Antal invånare):
  // baseline 26 604 (2020), end target 27 000, latest 26 383 (2022, Avser september).
  it('carries the period assessment of the measure', async () => {
    const { body } = await getJson<MeasureWithAssessment>(app, '/api/measures/8');
    expect(body.assessment.baseline).toEqual({ ok: true, value: { year: 2020, value: 26604 } });
    expect(body.assessment.progress).toMatchObject({ ok: true });
    if (!body.assessment.progress.ok) return;
    expect(body.assessment.progress.value.share).toBeCloseTo(-221 / 396, 6);
    expect(body.assessment.states.find((s) => s.year === 2022)).toMatchObject({
      state: 'not_met',
      provisional: true,
    });
  });

  it('answers 400 with the refused field for a number that is not a number', async () => {
    const { status, body } = await getJson<ErrorResponse>(app, '/api/measures/abc');
    expect(status).toBe(400);
    expect(body.error).toBe('Bad Request');
    expect(body.fields).toEqual([{ path: 'number', message: expect.any(String) }]);
  });

  it('answers 404 in Swedish for a measure that does not exist', async () => {
    const { status, body } = await getJson<ErrorResponse>(app, '/api/measures/99');
    expect(status).toBe(404);
    expect(body.message).toBe('Resultatmått 99 finns inte');
  });
});

describe('"Senast uppdaterad"', () => {
  const context = useSignedInController();

  it('moves to the time of an entry for that measure only, and for the site', async () => {
    const { app, session } = context();
    const before = (await getJson<Measure[]>(app, '/api/measures')).body;
    const saved = await asUser(app, session, {
      method: 'POST',
      url: '/api/entry/2023',
      payload: { changes: [outcome(1, 210, 0)] },
    });
    expect(saved.statusCode).toBe(200);
    const after = (await getJson<Measure[]>(app, '/api/measures')).body;
    expect(after[0]!.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(after[0]!.updatedAt! > before[0]!.updatedAt!).toBe(true);
    expect(after[1]!.updatedAt).toBe(before[1]!.updatedAt);
    const overview = await getJson<{ updatedAt: string }>(app, '/api/overview');
    expect(overview.body.updatedAt).toBe(after[0]!.updatedAt);
  });
});
