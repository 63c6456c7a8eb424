import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  STATE_LABELS,
  type Activity,
  type MeasureDetail,
  type MeasureWithAssessment,
} from '@malbild/shared';
import { formatValue } from '../src/lib/format';
import { useHarness } from './support/harness';
import { checkAndCapture, openPage, texts, type ViewportName } from './support/pages';

const harness = useHarness();

// Measure 7 has a partial-year outcome ("Avser november 2022"), earlier published values and
// activities in both years: every part of the page has something to show.
const NUMBER = 7;

describe.each<ViewportName>(['desktop', 'phone'])('measure page (%s)', (viewport) => {
  it('shows chart, table, footnotes, states, progress, published values and activities', async () => {
    const measure = await harness().api<MeasureWithAssessment>(`/measures/${NUMBER}`);
    const activities = await harness().api<Activity[]>(`/activities?measure=${NUMBER}`);
    const { page, errors } = await openPage(harness().browser, viewport);
    await page.goto(`${harness().baseUrl}/resultatmatt/${NUMBER}`);
    await page.locator('.recharts-surface').waitFor();
    await page.locator('.activity').first().waitFor();

    expect(await page.locator('h1').textContent()).toBe(measure.name);
    const facts = await page.locator('.facts').first().textContent();
    expect(facts).toContain(measure.dataSource);
    expect(facts).toContain(measure.category);

    const table = page.getByRole('table', {
      name: `Utfall och målvärden för resultatmått ${NUMBER}: ${measure.name} (lägre är bättre)`,
    });
    for (const outcome of measure.outcomes) {
      const cell = table.locator(`tr[data-year="${outcome.year}"] [data-testid="outcome"]`);
      expect(await cell.textContent()).toContain(formatValue(outcome.value, measure));
      if (outcome.note) expect(await cell.locator('.footnote-mark').count()).toBe(1);
    }
    for (const target of measure.targets) {
      const cell = table.locator(`tr[data-year="${target.year}"] [data-testid="target"]`);
      expect(await cell.textContent()).toContain(formatValue(target.value, measure));
    }
    for (const { year, state } of measure.assessment.states) {
      expect(await table.locator(`tr[data-year="${year}"] .state-badge`).textContent()).toContain(
        STATE_LABELS[state],
      );
    }

    // The footnote is at its point in the chart, under the chart and in the table's foot.
    const noted = measure.outcomes.filter((o) => o.note);
    expect(noted.length).toBeGreaterThan(0);
    for (const list of [page.locator('figure .footnotes'), table.locator('tfoot .footnotes')]) {
      const footnotes = await list.locator('li').allTextContents();
      for (const outcome of noted) {
        const text = footnotes.find((f) => f.includes(outcome.note!));
        expect(text).toContain(`utfall ${outcome.year}`);
      }
    }
    expect(await page.locator('.recharts-surface .chart-footnote-ref').count()).toBeGreaterThan(0);
    expect(await texts(page, '.chart-legend li')).toEqual(
      expect.arrayContaining([
        'Utfall',
        'Målvärde för året',
        'Rak linje från utgångsläget till slutmålet: den takt som behövs',
        'Prognos (inte ett utfall): om utvecklingen fortsätter som hittills',
      ]),
    );
    // The unit on the y-axis, and which way is better beside the figures.
    expect(await page.locator('.measure-figure__axis').textContent()).toBe(
      `${measure.unit} Lägre är bättre`,
    );

    // 572 (2020) to 397 (2022) against 375 in 2025: on track, 89 % of the way.
    expect(await page.getByTestId('period-status').textContent()).toMatch(
      /^I takt mot slutmålet \(preliminärt\) Sedan utgångsläget 2020 \(572\) har värdet ändrats −87,5 per år; för att nå slutmålet 375 år 2025 behövs −39,4 per år\. Takten räcker\./,
    );
    expect(await page.getByTestId('progress').textContent()).toBe(
      '89\u00a0% av vägen till slutmålet. Utgångsläge 572, utfall 2022 397, slutmål 375.',
    );
    expect(await page.getByTestId('projection').textContent()).toContain(
      'Det är en prognos, inte ett utfall.',
    );
    expect(await page.locator('.updated-at').first().textContent()).toBe(
      'Senast uppdaterad 14 december 2022',
    );

    // One table per source document, with the published figure beside the current one.
    const published = page.getByTestId('published-values');
    expect(await published.locator('tbody tr').count()).toBe(measure.publishedValues.length);
    for (const value of measure.publishedValues) {
      const table = page.getByRole('table', {
        name: new RegExp(`^Publicerat i ${value.source.title}`),
      });
      const row = table.locator('tbody tr', { hasText: String(value.year) });
      expect(await row.locator('td').first().textContent()).toContain(
        formatValue(value.value, measure),
      );
    }

    const years = [...new Set(activities.map((a) => a.year))].sort((a, b) => b - a);
    expect(await texts(page, '.activity-year h3')).toEqual(
      years.map((year) => {
        const count = activities.filter((a) => a.year === year).length;
        return `${year} (${count} ${count === 1 ? 'målaktivitet' : 'målaktiviteter'})`;
      }),
    );
    expect(await page.locator('.activity').count()).toBe(activities.length);

    await checkAndCapture({ page, errors }, 'measure', viewport);
  });
});

describe('measure page, a measure that moved away from its end target', () => {
  it('says "längre från målet än vid start" and "Åt fel håll", not a negative share', async () => {
    const { page, errors } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/resultatmatt/17`);
    await page.getByTestId('period-status').waitFor();
    expect(await page.locator('.latest-state').textContent()).toContain(
      'Ej uppnått – bättre än året före',
    );
    expect(await page.getByTestId('period-status').textContent()).toContain(
      'Åt fel håll (preliminärt) Det senaste utfallet 2022 (148) är sämre än utgångsläget 2020 (147)',
    );
    const progress = await page.getByTestId('progress').textContent();
    expect(progress).toBe(
      'Längre från målet än vid start. Utgångsläge 147, utfall 2022 148, slutmål 140.',
    );
    expect(progress).not.toMatch(/−\d/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('measure page', () => {
  it('downloads the figures as CSV that Excel opens in Swedish locale', async () => {
    const measure = await harness().api<MeasureDetail>('/measures/2');
    const { page } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/resultatmatt/2`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Ladda ner som CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('resultatmatt-2.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\ufeffResultatmått;Namn;')).toBe(true);
    const decimal = measure.outcomes.find((o) => o.value !== null && !Number.isInteger(o.value))!;
    expect(csv).toContain(`;${decimal.year};${String(decimal.value).replace('.', ',')};`);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(
      1 + new Set([...measure.outcomes, ...measure.targets].map((r) => r.year)).size,
    );
    await page.close();
  });

  it('says so when the measure does not exist', async () => {
    const { page } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/resultatmatt/99`);
    await page.getByRole('heading', { level: 1, name: 'Resultatmåttet finns inte' }).waitFor();
    await page.close();
  });
});
