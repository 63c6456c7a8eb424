import ExcelJS from 'exceljs';
import { OUTCOME_STATUS_LABELS, toCsv, type CsvCell, type Period } from '@malbild/shared';
import type { Repositories } from '../db/repositories';
import { COLUMNS } from './columns';

// The import template: every measure and year of the period with what is stored now, so that
// importing it unchanged changes nothing and a controller only edits the cells that are new.

const HEADER = [
  COLUMNS.measure,
  COLUMNS.name,
  COLUMNS.year,
  COLUMNS.outcome,
  COLUMNS.status,
  COLUMNS.note,
  COLUMNS.dataSource,
  COLUMNS.target,
  COLUMNS.decision,
  COLUMNS.downloadedAt,
];

const INSTRUCTIONS = [
  'Så fyller du i mallen',
  'En rad per resultatmått och år. Kolumnen Namn är bara till för dig; den läses inte in.',
  'Utfall och Målvärde skrivs som tal, t.ex. 14,2 eller 26 383. En tom cell ändrar inte det sparade värdet (och betyder aldrig noll); skriv radera i cellen för att ta bort ett sparat värde.',
  'Status är Slutligt, Preliminärt eller Del av året. Tom status betyder Slutligt.',
  'Not är en kommentar till utfallet, t.ex. "Avser oktober 2022". Källa är var siffran kommer ifrån.',
  'Beslut är beslutet som målvärdet kommer från, t.ex. "KF 2022-11-28 § 150".',
  'Rader där alla utfallskolumner är tomma ändrar inte utfallet; detsamma gäller målvärdet.',
  'Du får ta bort kolumner du inte använder: det som saknas i filen behåller sitt sparade värde.',
  'Kolumnen Mallen hämtad säger när mallen hämtades: har någon ändrat ett värde efter det varnar förhandsgranskningen innan det skrivs över. Ändra inte kolumnen.',
  'Importen visar först en förhandsgranskning. Inget sparas förrän du bekräftar.',
];

function years(repositories: Repositories, period: Period): number[] {
  const stored = repositories.measures
    .list(period.id)
    .flatMap((m) => [...m.outcomes, ...m.targets].map((value) => value.year));
  const first = Math.min(period.startYear, ...stored);
  return Array.from({ length: period.endYear - first + 1 }, (_, i) => first + i);
}

/** The template's rows, by measure and year, with the stored values and the time of download. */
export function templateRows(
  repositories: Repositories,
  period: Period,
  downloadedAt = new Date(),
): CsvCell[][] {
  // Seconds, not milliseconds: what a spreadsheet keeps of a time written as text.
  const time = `${downloadedAt.toISOString().slice(0, 19)}Z`;
  const rows = years(repositories, period).flatMap((year) =>
    repositories.entry
      .year(period.id, year)
      .map(({ measure, outcome, target }) => [
        measure.number,
        measure.name,
        year,
        outcome?.value ?? null,
        outcome ? OUTCOME_STATUS_LABELS[outcome.status] : null,
        outcome?.note ?? null,
        outcome?.dataSource ?? null,
        target?.value ?? null,
        target?.decision ?? null,
        time,
      ]),
  );
  return rows.sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[2]) - Number(b[2]));
}

export function templateCsv(rows: CsvCell[][]): string {
  return toCsv(HEADER, rows);
}

export async function templateXlsx(rows: CsvCell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Import');
  sheet.columns = HEADER.map((header) => ({
    header,
    width: header === COLUMNS.name ? 60 : header.length < 8 ? 12 : 20,
  }));
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const statusColumn = sheet.getColumn(HEADER.indexOf(COLUMNS.status) + 1).letter;
  const labels = Object.values(OUTCOME_STATUS_LABELS).join(',');
  for (let row = 2; row <= rows.length + 200; row++) {
    sheet.getCell(`${statusColumn}${row}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${labels}"`],
    };
  }
  const help = workbook.addWorksheet('Instruktioner');
  help.getColumn(1).width = 110;
  help.addRows(INSTRUCTIONS.map((line) => [line]));
  help.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
