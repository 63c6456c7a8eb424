import {
  riskScore,
  type SeedControlPoint,
  type SeedInternalControl,
  type SeedControlPlan,
  type SeedRisk,
  type SourceDocument,
} from '@malbild/shared';
import { DOCUMENTS, readDocument } from './sources';
import { cellsOf, lines, section } from './text';

// Intern kontroll 2021 (docs/decisions/008-internal-control.md): the board's proposal with its
// risk analysis (001, bilaga 1–2), and Vård- och omsorgsnämndens plan (004, bilaga 1–2), which
// also reports what the board decided on 27 October 2020.

const YEAR = 2021;

/**
 * Which risk of the koncern's analysis each common kontrollpunkt comes from: the documents do not
 * number the link, but each kontrollpunkt asks what its risk asks (GDPR training, attesting one's
 * own costs, the right body deciding on investment projects).
 */
const RISK_OF_COMMON_POINT: Record<number, number> = { 1: 2, 2: 4, 3: 9 };

const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const COUNT_WORDS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5 };

/** A table cell as written: white space folded, empty → null. */
function cell(text: string | undefined): string | null {
  const folded = (text ?? '').replace(/\s+/g, ' ').trim();
  return folded === '' ? null : folded;
}

/** The rows of a table: tab-separated lines after its heading, up to the first line of prose. */
function tableRows(part: string[], heading: RegExp): string[][] {
  const start = part.findIndex((line) => heading.test(line));
  if (start < 0) throw new Error(`Hittar inte tabellen ${String(heading)}`);
  const rows: string[][] = [];
  for (const line of part.slice(start + 1)) {
    if (line.trim() === '') continue;
    if (!line.includes('\t')) break;
    rows.push(cellsOf(line));
  }
  return rows;
}

/** "1 Har alla …" rows of a plan; placeholder rows ("2" and nothing else) are not kontrollpunkter. */
export function parseControlPoints(part: string[]): Omit<SeedControlPoint, 'common' | 'risk'>[] {
  return tableRows(part, /^Kontrollpunkt\t/).flatMap((cells) => {
    const [first, regulation, period, method, responsible, timeEstimate, followUp, report] = cells;
    const match = /^(\d+)\s*(.*)$/s.exec(first ?? '');
    if (!match) throw new Error(`Kontrollpunkten saknar nummer: "${first ?? ''}"`);
    const text = cell(match[2]);
    if (text === null) return [];
    return [
      {
        position: Number(match[1]),
        text,
        regulation: cell(regulation),
        period: cell(period),
        method: cell(method),
        responsible: cell(responsible),
        timeEstimate: cell(timeEstimate),
        deadlineFollowUp: isoDate(followUp),
        deadlineReport: isoDate(report),
      },
    ];
  });
}

function isoDate(text: string | undefined): string | null {
  const value = cell(text);
  if (value === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Inget datum: "${value}"`);
  return value;
}

function scale(text: string | undefined, what: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 4)
    throw new Error(`${what} ska vara 1–4, inte "${text ?? ''}"`);
  return value;
}

/**
 * The risk analysis: risk, system/process/rutin, regulation, period, method, sannolikhet,
 * konsekvens and the riskpoäng the document prints, which must be their product (it is computed,
 * not read).
 */
export function parseRisks(part: string[]): Omit<SeedRisk, 'year' | 'unit' | 'source'>[] {
  const rows = tableRows(part, /^Risk \/ negativ händelse/).filter(
    (cells) => !cells.some((c) => /^Sannolikhet/.test(c)),
  );
  return rows.map((cells, index) => {
    const [text, process, regulation, period, method, likelihood, consequence, printed] = cells;
    const sannolikhet = scale(likelihood, 'Sannolikhet');
    const konsekvens = scale(consequence, 'Konsekvens');
    if (Number(printed) !== riskScore(sannolikhet, konsekvens))
      throw new Error(`Riskpoängen ${printed ?? ''} är inte ${sannolikhet} × ${konsekvens}`);
    return {
      position: index + 1,
      text: cell(text) ?? '',
      process: cell(process),
      regulation: cell(regulation),
      period: cell(period),
      method: cell(method),
      sannolikhet,
      konsekvens,
      controlPoint: false,
    };
  });
}

/**
 * "Vid sitt sammanträde 27 oktober 2020 § 194 antog kommunstyrelsen en plan … med tre
 * kommungemensamma kontrollpunkter …:" and the numbered list after it.
 */
export function parseBoardDecision(text: string[]): {
  date: string;
  paragraph: string;
  texts: string[];
} {
  const at = text.findIndex((line) =>
    /antog kommunstyrelsen en plan för kommunövergripande intern kontroll/.test(line),
  );
  const sentence = text[at] ?? '';
  const match =
    /sammanträde (\d{1,2}) (\p{L}+) (\d{4}) (§ \d+) antog .* år (\d{4}), med (\p{L}+) kommungemensamma/u.exec(
      sentence,
    );
  if (!match)
    throw new Error('Hittar inte kommunstyrelsens beslut om den kommunövergripande planen');
  const [, day, month, year, paragraph, planYear, count] = match;
  if (Number(planYear) !== YEAR) throw new Error(`Beslutet gäller ${planYear ?? ''}, inte ${YEAR}`);
  const items: string[] = [];
  for (const line of text.slice(at + 1)) {
    if (line.trim() === '' && items.length === 0) continue;
    const item = /^(\d+)\. \*(.+)\*$/.exec(line.trim());
    if (!item) break;
    items.push(item[2]!.trim());
  }
  if (items.length !== COUNT_WORDS[count!])
    throw new Error(`Beslutet säger ${count ?? ''} kontrollpunkter men listar ${items.length}`);
  const monthNumber = MONTHS.indexOf(month!) + 1;
  if (monthNumber === 0) throw new Error(`Okänd månad "${month ?? ''}"`);
  const date = `${year!}-${String(monthNumber).padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return { date, paragraph: paragraph!, texts: items };
}

const withRisk = (point: Omit<SeedControlPoint, 'common' | 'risk'>): SeedControlPoint => ({
  ...point,
  common: null,
  risk: RISK_OF_COMMON_POINT[point.position] ?? null,
});

export function extractInternalControl(): SeedInternalControl {
  const proposalSource: SourceDocument = DOCUMENTS.internalControlProposal2021.source;
  const vooSource: SourceDocument = DOCUMENTS.internalControlVoo2021.source;
  const council = readDocument(DOCUMENTS.internalControlProposal2021.file);
  const voo = readDocument(DOCUMENTS.internalControlVoo2021.file);

  const proposal = parseControlPoints(
    section(council, /^Bilaga 1 Plan för kommunövergripande intern kontroll/, /^Bilaga 2 /),
  ).map(withRisk);
  const risks = parseRisks(
    section(
      council,
      /^Bilaga 2 Intern kontroll 2021, riskanalys/,
      /^Kommunstyrelsens förvaltning$/,
    ),
  );
  const vooCommon = parseControlPoints(
    section(voo, /^Bilaga 1 Vård- och omsorgsnämndens plan för intern kontroll/, /^Bilaga 2 /),
  );
  const vooOwn = parseControlPoints(
    section(voo, /^Bilaga 2 Vård- och omsorgsnämndens särskilda plan/, /^Matlådor för miljön$/),
  );
  const decision = parseBoardDecision(lines(voo));

  // The decided texts are those 004 quotes from the decision; the decision's other columns are
  // published only through the plans that follow it: the proposal's row where the board kept a
  // kontrollpunkt, else Vård- och omsorgsnämndens row of the common kontrollpunkt.
  const decided = decision.texts.map((text, index) => {
    const position = index + 1;
    const columns =
      proposal.find((p) => p.position === position) ??
      vooCommon.find((p) => p.position === position);
    if (!columns) throw new Error(`Kontrollpunkt ${position} saknar kolumner`);
    return withRisk({ ...columns, position, text });
  });
  const linked = new Set(decided.map((point) => point.risk));

  const koncernPlan: SeedControlPlan = {
    year: YEAR,
    unit: null,
    status: 'decided',
    date: decision.date,
    decisionParagraph: decision.paragraph,
    controlPoints: decided,
    source: vooSource,
    history: [
      {
        status: 'draft',
        date: proposalSource.date,
        decisionParagraph: null,
        controlPoints: proposal,
        source: proposalSource,
      },
    ],
  };
  const vooPlan: SeedControlPlan = {
    year: YEAR,
    unit: 'VOO',
    status: 'draft',
    date: vooSource.date,
    decisionParagraph: null,
    controlPoints: [
      ...vooCommon.map((point) => ({ ...point, common: point.position, risk: null })),
      ...vooOwn.map((point) => ({ ...point, common: null, risk: null })),
    ],
    source: vooSource,
    history: [],
  };
  for (const point of vooPlan.controlPoints) {
    if (point.common !== null && !decided.some((d) => d.position === point.common))
      throw new Error(`Nämndens kontrollpunkt ${point.position} är ingen kommungemensam`);
  }
  return {
    risks: risks.map((risk) => ({
      ...risk,
      year: YEAR,
      unit: null,
      controlPoint: linked.has(risk.position),
      source: proposalSource,
    })),
    plans: [koncernPlan, vooPlan],
  };
}
