import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '@malbild/shared';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from './helpers';

describe('GET /api/activities in pages', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ url });

  it('gives a year of the seed whole on the first page, as before paging, with its count', async () => {
    const response = await get('/api/activities?year=2024');
    const activities = response.json<Activity[]>();
    expect(activities.length).toBeGreaterThan(50);
    expect(activities.length).toBeLessThan(1000);
    expect(activities.every((activity) => activity.year === 2024)).toBe(true);
    expect(response.headers['x-total-count']).toBe(String(activities.length));
    expect(response.headers.link).toBeUndefined();
  });

  it('links each page to the next with the same filters, and the pages make up the whole list', async () => {
    const whole = (await get('/api/activities?unit=SOU')).json<Activity[]>();
    const pages: Activity[][] = [];
    let next: string | undefined = '/api/activities?unit=SOU&limit=7';
    while (next && pages.length < 100) {
      const response = await get(next);
      expect(response.headers['x-total-count']).toBe(String(whole.length));
      pages.push(response.json<Activity[]>());
      next = /^<([^>]+)>; rel="next"$/.exec(String(response.headers.link ?? ''))?.[1];
    }
    expect(pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
    expect(pages.flat()).toEqual(whole);
    expect(pages).toHaveLength(Math.ceil(whole.length / 7));
  });

  it('gives an empty page past the end, still with the count', async () => {
    const response = await get('/api/activities?year=2023&offset=100000');
    expect(response.json()).toEqual([]);
    expect(Number(response.headers['x-total-count'])).toBeGreaterThan(0);
  });

  it.each(['limit=0', 'limit=5001', 'limit=abc', 'offset=-1', 'offset=1.5'])(
    'refuses %s with a field error',
    async (query) => {
      const response = await get(`/api/activities?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().fields[0].path).toBe(query.split('=')[0]);
    },
  );

  it('accepts the largest page', async () => {
    expect((await get('/api/activities?limit=5000')).statusCode).toBe(200);
  });
});
