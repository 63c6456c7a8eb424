import type { FastifyInstance } from 'fastify';
import {
  countStates,
  formatSwedishNumber,
  STATE_LABELS,
  type MeasureWithAssessment,
  type Overview,
  type PeriodDetail,
} from '@malbild/shared';
// The client's own UI text (pure modules without DOM), so the first paint says what React says.
import { strings as app } from '../../../client/src/app/strings';
import { strings as common } from '../../../client/src/components/strings';
import { strings as measureText } from '../../../client/src/features/measures/strings';
import { strings as overviewText } from '../../../client/src/features/overview/strings';
import { strings as periodText } from '../../../client/src/features/period/strings';

// The first paint of the public pages, before any JavaScript: the server puts the page's real
// heading and text into index.html's #root (React replaces it on its first render, which shows
// the same text in the same place) and embeds the API answers the page asks for first, so the
// client renders from them without a round trip (client/src/lib/initial-data.ts). Only the text
// above the fold and plain links: the charts, tables and forms stay the client's.

export const INITIAL_DATA_ID = 'initial-data';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or an attribute value as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * API answers (URL → the serialized JSON body) as the content of a JSON script element. Every
 * `<` becomes \u003c, which JSON reads as the same character, so no string in the data can end
 * the element (`</script>`) or open a comment (`<!--`).
 */
export function initialDataJson(answers: ReadonlyMap<string, string>): string {
  const members = [...answers].map(([url, body]) => `${JSON.stringify(url)}:${body}`);
  return `{${members.join(',')}}`.replace(/</g, '\\u003c');
}

interface ShellPage {
  title: string;
  main: string;
}

type Get = <T>(url: string) => Promise<T | null>;

const h = escapeHtml;

async function startPage(get: Get, search: URLSearchParams): Promise<ShellPage | null> {
  const period = await get<PeriodDetail>('/api/periods/current');
  // The latest year's figures; a link to another year (?ar=) fetches its own.
  const overview = search.has('ar') ? null : await get<Overview>('/api/overview');
  if (!period) return null;
  const states = overview?.areas.flatMap((a) => a.goals.flatMap((g) => g.measures)) ?? [];
  const counts = countStates(states.map((m) => m.state));
  const summary = overview
    ? `<section class="overview-summary" aria-labelledby="overview-heading">` +
      `<h2 id="overview-heading">${h(overviewText.heading(overview.year))}</h2>` +
      `<p class="overview-summary__total">${h(overviewText.total(states.length))} ${h(
        Object.entries(STATE_LABELS)
          .map(([state, label]) => `${counts[state as keyof typeof counts]} ${label.toLowerCase()}`)
          .join(', '),
      )}.</p></section>`
    : '';
  const areas = period.areas
    .map(
      (area) =>
        `<section class="area"><h2 class="area__title"><span class="eyebrow">${h(
          overviewText.areaEyebrow,
        )}</span> ${h(area.name)}</h2><ul>${area.goals
          .map((goal) => `<li><a href="/mal/${goal.id}">${h(goal.name)}</a></li>`)
          .join('')}</ul></section>`,
    )
    .join('');
  return {
    title: app.startTitle,
    main:
      `<h1>${h(app.startHeading)}</h1>` +
      `<div class="vision"><p class="vision__period">${h(periodText.period(period.name))}</p>` +
      `<p class="vision__label">${h(periodText.vision)}</p>` +
      `<p class="vision__text">${h(period.vision)}</p></div>${summary}${areas}`,
  };
}

function crumbs(trail: { label: string; to: string }[], current: string): string {
  const links = trail.map(({ label, to }) => `<li><a href="${h(to)}">${h(label)}</a></li>`);
  return (
    `<nav class="breadcrumbs" aria-label="${h(common.breadcrumbs)}"><ol>${links.join('')}` +
    `<li aria-current="page">${h(current)}</li></ol></nav>`
  );
}

async function measurePage(get: Get, number: number): Promise<ShellPage | null> {
  const measure = await get<MeasureWithAssessment>(`/api/measures/${number}`);
  if (!measure) return null;
  const title = app.measureTitle(number);
  // The figures as the client's table writes them: "41 %", "26 383", "–" for no value.
  const value = (v: number | null | undefined) =>
    v == null
      ? '–'
      : formatSwedishNumber(v, measure.decimals) + (measure.unit === '%' ? '\u00a0%' : '');
  const years = [...new Set([...measure.outcomes, ...measure.targets].map((v) => v.year))].sort();
  const rows = years.map(
    (year) =>
      `<tr><th scope="row">${year}</th>` +
      `<td class="numeric">${h(value(measure.outcomes.find((o) => o.year === year)?.value))}</td>` +
      `<td class="numeric">${h(value(measure.targets.find((t) => t.year === year)?.value))}</td></tr>`,
  );
  const table =
    `<h2>${h(measureText.figuresHeading)}</h2><table class="data-table">` +
    `<caption>${h(measureText.tableCaption(number, measure.name))}</caption>` +
    `<thead><tr><th scope="col">${h(measureText.columnYear)}</th>` +
    `<th scope="col" class="numeric">${h(measureText.columnOutcome)}</th>` +
    `<th scope="col" class="numeric">${h(measureText.columnTarget)}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`;
  return {
    title: `${title}: ${measure.name}`,
    main:
      crumbs(
        [
          { label: app.startTitle, to: '/' },
          { label: measure.goal.name, to: `/mal/${measure.goal.id}` },
        ],
        title,
      ) +
      `<header class="page-header"><p class="eyebrow">${h(title)}</p><h1>${h(measure.name)}</h1></header>` +
      (measure.statement
        ? `<p class="lead"><span class="lead__label">${h(measureText.statement)}:</span> ${h(
            measure.statement,
          )}</p>`
        : '') +
      table,
  };
}

async function goalPage(get: Get, goalId: number): Promise<ShellPage | null> {
  const period = await get<PeriodDetail>('/api/periods/current');
  const area = period?.areas.find((a) => a.goals.some((g) => g.id === goalId));
  const goal = area?.goals.find((g) => g.id === goalId);
  if (!area || !goal) return null;
  const focus = goal.focus.map((bullet) => `<li>${h(bullet)}</li>`).join('');
  // Without JavaScript, the way on to the goal's measures (the client shows them as cards).
  const measures = goal.measureNumbers
    .map((n) => `<li><a href="/resultatmatt/${n}">${h(app.measureTitle(n))}</a></li>`)
    .join('');
  return {
    title: goal.name,
    main:
      crumbs([{ label: app.startTitle, to: '/' }], goal.name) +
      `<header class="page-header"><p class="eyebrow">${h(app.areaEyebrow)}: ${h(area.name)}</p>` +
      `<h1>${h(goal.name)}</h1></header><div class="goal-text">` +
      `<section><h2>${h(periodText.description)}</h2>${goal.description
        .map((paragraph) => `<p>${h(paragraph)}</p>`)
        .join('')}</section>` +
      (focus
        ? `<section><h2>${h(periodText.focus)}</h2><ul class="focus-list">${focus}</ul></section>`
        : '') +
      `</div><section><h2>${h(measureText.measuresHeading)}</h2><ul>${measures}</ul></section>`,
  };
}

function layout(main: string, path: string): string {
  const nav = [
    { to: '/', label: app.navStart },
    { to: '/malaktiviteter', label: app.navActivities },
  ]
    .map(
      ({ to, label }) =>
        `<li><a href="${to}"${to === path ? ' class="active" aria-current="page"' : ''}>${h(label)}</a></li>`,
    )
    .join('');
  const links = app.openDataLinks
    .map(({ href, label }) => `<li><a href="${h(href)}">${h(label)}</a></li>`)
    .join('');
  return (
    `<a class="skip-link" href="#main">${h(app.skipLink)}</a>` +
    `<header class="site-header"><div class="site-header__inner">` +
    `<a class="site-header__brand" href="/"><svg class="site-header__logo" viewBox="0 0 32 32" aria-hidden="true">` +
    `<circle cx="16" cy="16" r="11" fill="none" stroke="currentColor" stroke-width="3"></circle>` +
    `<circle cx="16" cy="16" r="4" fill="currentColor"></circle></svg>` +
    `<span><span class="site-header__name">${h(app.siteName)}</span>` +
    `<span class="site-header__tagline">${h(app.siteTagline)}</span></span></a>` +
    `<div class="site-header__end"><nav aria-label="${h(app.navLabel)}"><ul class="site-nav">${nav}</ul></nav></div>` +
    `</div></header><main id="main" tabindex="-1"><div class="page">${main}</div></main>` +
    `<footer class="site-footer"><div class="site-footer__inner"><p>${h(app.footerAbout)}</p>` +
    `<p>${h(app.footerOpenData)}</p><ul class="site-footer__links" aria-label="${h(
      app.openDataLinksLabel,
    )}">${links}</ul></div></footer>`
  );
}

const WHOLE_NUMBER = /^[1-9]\d{0,5}$/;
const ROOT = '<div id="root"></div>';

/**
 * index.html for `url` with the page's first paint and its API answers, or the template as it
 * is for a page without a shell (signed-in pages, unknown paths) or when the data is missing.
 */
export async function renderSpaIndex(
  server: FastifyInstance,
  template: string,
  url: string,
): Promise<string> {
  if (!template.includes(ROOT)) return template;
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const answers = new Map<string, string>();
  // The public API answers exactly as a fetch would get them (cached, validated, anonymous).
  const get: Get = async <T>(apiUrl: string) => {
    const response = await server.inject({ method: 'GET', url: apiUrl });
    if (response.statusCode !== 200) return null;
    answers.set(apiUrl, response.body);
    return JSON.parse(response.body) as T;
  };
  const [, first, second, ...rest] = pathname.split('/');
  const id = second !== undefined && WHOLE_NUMBER.test(second) ? Number(second) : undefined;
  let page: ShellPage | null = null;
  if (pathname === '/') page = await startPage(get, searchParams);
  else if (first === 'resultatmatt' && id && rest.length === 0) page = await measurePage(get, id);
  else if (first === 'mal' && id && rest.length === 0) page = await goalPage(get, id);
  if (!page) return template;
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${h(page.title)} – ${h(app.siteName)}</title>`)
    .replace(ROOT, () => `<div id="root">${layout(page.main, pathname)}</div>`)
    .replace(
      '</body>',
      () =>
        `<script type="application/json" id="${INITIAL_DATA_ID}">${initialDataJson(answers)}</script></body>`,
    );
}
