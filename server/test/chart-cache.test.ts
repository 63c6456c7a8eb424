import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeasureWithAssessment } from '@malbild/shared';
import { SERVER_ENTRY } from '../src/plugins/render';
import { createChartCache } from '../src/reports/chart-cache';
import type { ChartImage } from '../src/reports/chart-image';
import { createTestApp, getJson } from './helpers';

// The charts drawn before, kept by everything they are drawn from (reports/chart-cache.ts).

function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'malbild-chart-cache-'));
  mkdirSync(join(dist, 'ssr'));
  writeFileSync(join(dist, SERVER_ENTRY), '');
  return dist;
}

const image = (size: number): ChartImage => ({
  file: new Uint8Array(size),
  width: 600,
  height: 300,
  summary: 'Diagram',
});

describe('the chart cache', () => {
  it('draws anew when a figure, the name, the format or the build changes', async () => {
    const app = await createTestApp();
    const { body: measure } = await getJson<MeasureWithAssessment>(app, '/api/measures/8');
    await app.close();
    const dist = fakeBuild();
    const cache = createChartCache();
    const input = { measure, organisation: 'Ludvika kommun' };
    const key = cache.key(dist, input, 'png');
    expect(cache.key(dist, structuredClone(input), 'png')).toBe(key);
    const changed = {
      ...input,
      measure: {
        ...measure,
        outcomes: measure.outcomes.map((o, i) => (i === 0 ? { ...o, value: 1 } : o)),
      },
    };
    const others = [
      cache.key(dist, changed, 'png'),
      cache.key(dist, { ...input, organisation: 'Exempels kommun' }, 'png'),
      cache.key(dist, input, 'svg'),
    ];
    utimesSync(join(dist, SERVER_ENTRY), new Date(0), new Date(1000));
    others.push(cache.key(dist, input, 'png'));
    expect(new Set([key, ...others]).size).toBe(5);
  });

  it('keeps at most its bytes, forgetting the least recently used first', () => {
    const cache = createChartCache(100);
    cache.set('a', image(40));
    cache.set('b', image(40));
    expect(cache.get('a')).toBeDefined();
    cache.set('c', image(40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.file.byteLength).toBe(40);
    expect(cache.get('c')?.file.byteLength).toBe(40);
    cache.set('huge', image(101));
    expect(cache.get('huge')).toBeUndefined();
  });
});
