import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Period, PeriodDetail } from '@malbild/shared';
import { createTestApp, getJson, seed } from './helpers';

describe('GET /api/periods', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('lists the seeded period', async () => {
    const { status, body } = await getJson<Period[]>(app, '/api/periods');
    expect(status).toBe(200);
    const { name, startYear, endYear, vision } = seed.period;
    expect(body).toEqual([
      {
        id: expect.any(Number),
        name,
        startYear,
        endYear,
        vision,
        status: 'active',
        public: false,
        version: 1,
      },
    ]);
  });

  it('gives the current period with its areas, goals and the measures of each goal', async () => {
    const { status, body } = await getJson<PeriodDetail>(app, '/api/periods/current');
    expect(status).toBe(200);
    expect(body.name).toBe(seed.period.name);
    const expectedAreas = seed.period.areas.map((area) => ({
      name: area.name,
      goals: area.goals.map((goal) => ({
        name: goal.name,
        description: goal.description,
        focus: goal.focus,
        measureNumbers: seed.measures
          .filter((measure) => measure.goal === goal.name)
          .map((measure) => measure.number)
          .sort((a, b) => a - b),
      })),
    }));
    const areas = body.areas.map((area) => ({
      name: area.name,
      goals: area.goals.map(({ name, description, focus, measureNumbers }) => ({
        name,
        description,
        focus,
        measureNumbers,
      })),
    }));
    expect(areas).toEqual(expectedAreas);
  });
});
