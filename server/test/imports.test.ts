import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EntryYear,
  ImportCommitResult,
  ImportPreview,
  ImportRow,
  MeasureHistory,
} from '@malbild/shared';
import { outcome } from './entry-changes';
import { SLOW_TEST_MS } from './helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';
import { commitPreview, uploadFile, valueTables, zipOf, IMPORT_HEADER } from './import-helpers';

const csv = (...lines: string[]) => [IMPORT_HEADER, ...lines].join('\r\n');
const session = (s: TestSession) => ({ cookie: s.cookie, 'x-csrf-token': s.csrfToken });
const rowAt = (preview: ImportPreview, line: number) =>
  preview.rows.find((row) => row.line === line) as ImportRow;

describe('file import', { timeout: SLOW_TEST_MS }, () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let controller: TestSession;
  let editor: TestSession;

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'kontroller', ['controller']);
    await addUser(context.db, 'kollega', ['controller']);
    await addUser(context.db, 'redaktor', ['unit_editor'], ['SOU']);
    controller = await signIn(context.app, 'kontroller');
    editor = await signIn(context.app, 'redaktor');
  });
  afterAll(() => context.app.close());

  const preview = async (body: Buffer | string, fileName = 'utfall.csv') => {
    const response = await uploadFile(context.app, controller, body, fileName);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ImportPreview>();
  };
  const refusal = async (body: Buffer | string, fileName = 'fil.csv') => {
    const response = await uploadFile(context.app, controller, body, fileName);
    expect(response.statusCode, response.body).toBe(400);
    return response.json<{ message: string }>().message;
  };
  const get = (url: string) => asUser(context.app, controller, { method: 'GET', url });
  const storedYear = async (year: number) =>
    (await get(`/api/entry/${year}`)).json<EntryYear>().rows;

  describe('who may import', () => {
    it('answers 401 to the public and 403 to a unit editor, on every import route', async () => {
      const routes = [
        { method: 'GET' as const, url: '/api/imports/template.csv' },
        { method: 'GET' as const, url: '/api/imports/template.xlsx' },
        {
          method: 'POST' as const,
          url: '/api/imports/commit',
          payload: { previewId: 'x'.repeat(24), mode: 'valid-rows' },
        },
        { method: 'POST' as const, url: '/api/imports/kolada/preview', payload: { years: [2022] } },
      ];
      for (const route of routes) {
        expect((await asUser(context.app, null, route)).statusCode, route.url).toBe(401);
        expect((await asUser(context.app, editor, route)).statusCode, route.url).toBe(403);
      }
      expect((await uploadFile(context.app, null, csv('1;2023;200'))).statusCode).toBe(401);
      expect((await uploadFile(context.app, editor, csv('1;2023;200'))).statusCode).toBe(403);
    });

    it('reads the body as the file whatever content type the browser sends', async () => {
      for (const type of [
        'text/csv',
        'text/plain',
        'application/json',
        'application/vnd.ms-excel',
      ]) {
        const response = await context.app.inject({
          method: 'POST',
          url: '/api/imports/preview?fileName=utfall.csv',
          headers: { ...session(controller), 'content-type': type },
          payload: csv('1;2023;210;;;;;'),
        });
        expect(response.statusCode, type).toBe(200);
        expect(response.json<ImportPreview>().rows[0]?.status, type).toBe('new');
      }
      const json = await context.app.inject({
        method: 'POST',
        url: '/api/imports/preview?fileName=data.json',
        headers: { ...session(controller), 'content-type': 'application/json' },
        payload: { rows: [1, 2] },
      });
      expect(json.statusCode).toBe(400);
    });

    it('refuses an upload without the CSRF token', async () => {
      const response = await context.app.inject({
        method: 'POST',
        url: '/api/imports/preview?fileName=a.csv',
        headers: { cookie: controller.cookie, 'content-type': 'text/csv' },
        payload: csv('1;2023;200'),
      });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('template and round trip', () => {
    it('gives a CSV template with a BOM, Swedish headers and every measure and year', async () => {
      const response = await get('/api/imports/template.csv');
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toContain('importmall.csv');
      const lines = response.body.trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        '\ufeffResultatmått;Namn;År;Utfall;Status;Not;Källa;Målvärde;Beslut;Mallen hämtad',
      );
      // 17 measures × 2018–2025.
      expect(lines).toHaveLength(1 + 17 * 8);
      expect(lines.find((l) => l.startsWith('2;') && l.includes(';2018;'))).toMatch(
        /;2018;14,2;Slutligt;/,
      );
      expect(lines.find((l) => l.startsWith('4;') && l.includes(';2022;'))).toMatch(
        /;2022;41;Preliminärt;Preliminärt;;40;;\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
      );
    });

    it('imports its own CSV template, XLSX template and open data CSV without a single change', async () => {
      const files = [
        { url: '/api/imports/template.csv', name: 'importmall.csv' },
        { url: '/api/imports/template.xlsx', name: 'importmall.xlsx' },
        { url: '/api/export/measures.csv', name: 'resultatmatt.csv' },
      ];
      for (const file of files) {
        const bytes = (await get(file.url)).rawPayload;
        const result = await preview(bytes, file.name);
        expect(result.summary, file.name).toMatchObject({ new: 0, changed: 0, invalid: 0 });
        expect(result.summary.unchanged, file.name).toBeGreaterThan(100);
        const committed = await commitPreview(context.app, controller, result.id, 'all-or-nothing');
        expect(committed.json<ImportCommitResult>().written, file.name).toEqual({
          outcomes: 0,
          targets: 0,
        });
      }
    });

    it('imports texts back as they were, even those the CSV keeps from running as formulas', async () => {
      const notes = ['=HYPERLINK("x")', '-2+3 enligt SCB', '@källa'];
      const result = await preview(
        csv(
          ...notes.map(
            (note, i) => `${11 + i};2019;;Preliminärt;"${note.replaceAll('"', '""')}";;;`,
          ),
        ),
      );
      await commitPreview(context.app, controller, result.id, 'all-or-nothing');
      const template = (await get('/api/imports/template.csv')).body;
      expect(template).toContain(`;"'=HYPERLINK(""x"")";`);
      const again = await preview(template, 'importmall.csv');
      expect(again.summary).toMatchObject({ new: 0, changed: 0, invalid: 0 });
      const stored = (await storedYear(2019)).slice(10, 13).map((row) => row.outcome?.note);
      expect(stored).toEqual(notes);
    });

    it('gives the XLSX template as a workbook with the same rows and an instructions sheet', async () => {
      const response = await get('/api/imports/template.xlsx');
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Import', 'Instruktioner']);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'Resultatmått',
        'Namn',
        'År',
        'Utfall',
        'Status',
        'Not',
        'Källa',
        'Målvärde',
        'Beslut',
        'Mallen hämtad',
      ]);
      expect(sheet.actualRowCount).toBe(1 + 17 * 8);
      expect(sheet.getRow(2).getCell(4).value).toBe(211);
    });
  });

  describe('preview', () => {
    it('shows new, changed and unchanged values with the stored old value and base version', async () => {
      const result = await preview(
        csv('1;2023;210;Preliminärt;;;216;', '1;2022;205;;;;;', '1;2021;213;;;;;'),
      );
      expect(result.rows.map((r) => [r.line, r.status])).toEqual([
        [2, 'new'],
        [3, 'changed'],
        [4, 'unchanged'],
      ]);
      expect(rowAt(result, 2).values).toEqual([
        {
          kind: 'outcome',
          change: 'new',
          old: null,
          new: { value: 210, status: 'preliminary', note: null, dataSource: null },
          baseVersion: 0,
        },
        {
          kind: 'target',
          change: 'unchanged',
          old: { value: 216, note: null, decision: null },
          new: { value: 216, note: null, decision: null },
          baseVersion: 1,
        },
      ]);
      expect(rowAt(result, 3).values[0]).toMatchObject({
        change: 'changed',
        old: { value: 204 },
        new: { value: 205, status: 'final' },
        baseVersion: 1,
      });
    });

    it('says what is wrong with each bad row, in Swedish, next to its column', async () => {
      const result = await preview(
        csv(
          '99;2023;1;;;;;',
          '2;2023;tretton;;;;;',
          '3;2023;140;;;;;',
          '10;2023;3,25;;;;;',
          '6;2023;300;Kanske;;;;',
          '7;2023;400;;;;;',
          '7;2023;401;;;;;',
          ';2023;1;;;;;',
          '9;20x3;1;;;;;',
        ),
      );
      const errors = (line: number) => rowAt(result, line).errors;
      expect(errors(2)).toEqual([{ path: 'Resultatmått', message: 'Resultatmått 99 finns inte' }]);
      expect(errors(3)).toEqual([
        { path: 'Utfall', message: '"tretton" är inte ett tal (skriv t.ex. 14,2 eller 26 383)' },
      ]);
      expect(errors(4)).toEqual([{ path: 'Utfall', message: 'Värdet får inte vara högre än 100' }]);
      expect(errors(5)).toEqual([{ path: 'Utfall', message: 'Ange högst 1 decimal' }]);
      expect(errors(6)).toEqual([
        {
          path: 'Status',
          message: 'Okänd status "Kanske". Skriv Slutligt, Preliminärt eller Del av året.',
        },
      ]);
      expect(errors(7)).toEqual([
        { path: 'rad', message: 'Resultatmått 7 år 2023 finns också på rad 8' },
      ]);
      expect(errors(8)).toEqual([
        { path: 'rad', message: 'Resultatmått 7 år 2023 finns också på rad 7' },
      ]);
      expect(errors(9)).toEqual([{ path: 'Resultatmått', message: 'Ange resultatmåttets nummer' }]);
      expect(errors(10)).toEqual([{ path: 'År', message: '"20x3" är inte ett år (t.ex. 2023)' }]);
      expect(result.summary.invalid).toBe(9);
    });

    it('reads semicolon files with Swedish numbers: decimal comma, thousands spaces, percent signs', async () => {
      const result = await preview(
        csv(
          '2;2023;14,2;;;;;',
          '8;2023;26 383;;;;26\u00a0700;',
          '4;2023;41 %;;Avser oktober;SCB;;',
          '7;2023;−3;;;;;',
        ),
      );
      expect(result.rows.map((r) => r.values[0]?.new.value)).toEqual([14.2, 26383, 41, -3]);
      expect(rowAt(result, 3).values[1]?.new.value).toBe(26700);
      expect(rowAt(result, 4).values[0]?.new).toMatchObject({
        note: 'Avser oktober',
        dataSource: 'SCB',
      });
      expect(rowAt(result, 5).errors).toEqual([
        { path: 'Utfall', message: 'Värdet får inte vara lägre än 0' },
      ]);
    });

    it('detects comma and tab separators; a decimal comma in a comma file must be quoted', async () => {
      const comma = await preview(
        [
          'Resultatmått,År,Utfall,Målvärde',
          '2,2023,"14,2",',
          '1,2023,210,216',
          '2,2024,13,9,',
        ].join('\n'),
      );
      expect(comma.notices).toContain('CSV-filen lästes med komma som kolumnavgränsare.');
      expect(comma.rows.map((r) => r.status)).toEqual(['new', 'new', 'invalid']);
      expect(comma.rows[0]?.values[0]?.new.value).toBe(14.2);
      expect(comma.rows[2]?.errors[0]?.message).toMatch(/fler fält än rubrikraden/);
      const tab = await preview(['Resultatmått\tÅr\tUtfall', '2\t2023\t14,2'].join('\n'));
      expect(tab.notices).toContain('CSV-filen lästes med tabb som kolumnavgränsare.');
      expect(tab.rows[0]?.values[0]?.new.value).toBe(14.2);
    });

    it('strips a UTF-8 BOM and reads Windows-1252 (Latin-1) files, saying so', async () => {
      const withBom = await preview(`\ufeff${csv('4;2023;42;Preliminärt;Avser maj;;;')}`);
      expect(withBom.rows[0]?.values[0]?.new).toMatchObject({
        status: 'preliminary',
        note: 'Avser maj',
      });
      expect(withBom.notices.join(' ')).not.toMatch(/Windows-1252/);

      const latin1 = Buffer.from(
        csv('4;2023;42;Preliminärt;Avser första halvåret, Göteborgsenkät;;;'),
        'latin1',
      );
      const read = await preview(latin1);
      expect(read.notices[0]).toMatch(/lästes som Windows-1252/);
      expect(read.rows[0]?.values[0]?.new).toMatchObject({
        status: 'preliminary',
        note: 'Avser första halvåret, Göteborgsenkät',
      });
    });

    it('keeps the stored value of a column the file does not have, and ignores empty rows', async () => {
      const result = await preview(
        ['Resultatmått;År;Målvärde', '4;2022;45', ';;', '4;2021;40'].join('\n'),
      );
      expect(result.rows.map((r) => [r.line, r.status])).toEqual([
        [2, 'changed'],
        [4, 'unchanged'],
      ]);
      expect(rowAt(result, 2).values).toHaveLength(1);
      expect(rowAt(result, 2).values[0]).toMatchObject({
        kind: 'target',
        old: { value: 40 },
        new: { value: 45 },
      });
    });

    it('reads XLSX cells: numbers, text numbers, formulas, percent cells and float noise', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Blad1');
      sheet.addRows([
        ['Resultatmått', 'År', 'Utfall', 'Status'],
        [2, 2023, { formula: '0.1+0.2+13.7', result: 0.1 + 0.2 + 13.7 }, 'preliminärt'],
        ['8', '2023', '26 500', null],
      ]);
      // "41 %" typed in Excel is 0.41 in a percent-formatted cell.
      sheet.addRow([4, 2023, 0.41]).getCell(3).numFmt = '0%';
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const result = await preview(bytes, 'utfall.xlsx');
      expect(result.notices).toEqual(['Excelfilen lästes från bladet "Blad1".']);
      expect(result.rows.map((r) => r.values[0]?.new)).toEqual([
        { value: 14, status: 'preliminary', note: null, dataSource: null },
        { value: 26500, status: 'final', note: null, dataSource: null },
        { value: 41, status: 'final', note: null, dataSource: null },
      ]);
    });
  });

  describe('bad files get a Swedish 400, never a 500', () => {
    it('refuses an empty file and one with only a header', async () => {
      expect(await refusal('')).toBe('Filen är tom.');
      expect(await refusal('\ufeff  \r\n')).toBe('Filen är tom.');
      expect(await refusal(IMPORT_HEADER)).toBe('Filen har inga rader under rubrikraden.');
    });

    it('refuses a file over 5 MB', async () => {
      const huge = csv('1;2023;210;;;;;\r\n'.repeat(400_000));
      expect(Buffer.byteLength(huge)).toBeGreaterThan(5 * 1024 * 1024);
      expect(await refusal(huge)).toBe('Filen är för stor. Den får vara högst 5 MB.');
    });

    it('refuses files that are not spreadsheets: an image, a PDF, an old .xls, a Word file, plain text', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
      expect(await refusal(png, 'bild.png')).toMatch(/varken en CSV-fil eller en Excel-arbetsbok/);
      expect(await refusal('%PDF-1.7\n%âãÏÓ', 'a.pdf')).toMatch(/varken en CSV-fil/);
      const xls = Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex');
      expect(await refusal(xls, 'gammal.xls')).toMatch(/gamla format \(\.xls\)/);
      const docx = zipOf([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
      expect(await refusal(docx, 'brev.docx')).toMatch(/ingen Excel-arbetsbok/);
      expect(await refusal('Hej!\nDet här är ett brev.', 'brev.txt')).toBe(
        'Hittar inte kolumnen Resultatmått och kolumnen År på första raden. Ladda ner mallen och använd dess rubriker.',
      );
      expect(await refusal('Resultatmått;År;Not\n1;2023;x')).toBe(
        'Filen har varken kolumnen Utfall eller kolumnen Målvärde.',
      );
      expect(await refusal('Resultatmått;År;Utfall\n1;2023;"21')).toMatch(
        /kontrollera citattecknen/,
      );
    });

    it('refuses a zip bomb by what it inflates to, even when it declares small sizes', async () => {
      const zeros = Buffer.alloc(60 * 1024 * 1024);
      const honest = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]);
      const lying = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1000 }]);
      expect(honest.length).toBeLessThan(100_000);
      for (const bomb of [honest, lying]) {
        expect(await refusal(bomb, 'bomb.xlsx')).toBe(
          'Excelfilen är för stor uppackad. Dela upp den, eller spara den som CSV och försök igen.',
        );
      }
      expect(await refusal(Buffer.from('PK\u0003\u0004trasig'), 'trasig.xlsx')).toMatch(/skadad/);
    });
  });

  describe('commit', () => {
    const BAD_FILE = csv(
      '5;2023;23;;;;;',
      '6;2023;999999999999;Preliminärt;;;;',
      '13;2023;101;;;;;',
    );

    it('all-or-nothing with one bad row writes nothing: the tables are byte for byte the same', async () => {
      const before = valueTables(context.db);
      const result = await preview(BAD_FILE, 'ett-fel.csv');
      expect(result.summary).toMatchObject({ new: 2, invalid: 1 });
      const response = await commitPreview(context.app, controller, result.id, 'all-or-nothing');
      expect(response.statusCode).toBe(409);
      expect(response.json().problems).toEqual([
        {
          line: 4,
          measureNumber: 13,
          year: 2023,
          kind: 'row',
          result: 'refused',
          message: 'Utfall: Värdet får inte vara högre än 100',
        },
      ]);
      expect(valueTables(context.db)).toBe(before);
    });

    it('valid-rows writes the valid rows, each with history "Import: <file name>", and lists the rest', async () => {
      const result = await preview(BAD_FILE, 'ett-fel.csv');
      const response = await commitPreview(context.app, controller, result.id, 'valid-rows');
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<ImportCommitResult>();
      expect(body.written).toEqual({ outcomes: 2, targets: 0 });
      expect(body.problems.map((p) => [p.line, p.result])).toEqual([[4, 'refused']]);
      const rows = await storedYear(2023);
      expect(rows[4]?.outcome).toMatchObject({
        value: 23,
        status: 'final',
        updatedBy: 'kontroller',
      });
      expect(rows[5]?.outcome).toMatchObject({ value: 999999999999, status: 'preliminary' });
      expect(rows[12]?.outcome).toBeNull();
      const history = (await get('/api/measures/5/history')).json<MeasureHistory>();
      expect(history.changes[0]).toMatchObject({
        kind: 'outcome',
        year: 2023,
        oldState: null,
        newState: { value: 23 },
        changedBy: 'kontroller',
        reason: 'Import: ett-fel.csv',
      });
    });

    it('writes several years in one commit and refuses to commit the same preview twice', async () => {
      const result = await preview(
        csv('14;2023;180;;;;;', '14;2024;175;;;;170;KF 2023-11-27 § 140'),
      );
      const first = await commitPreview(context.app, controller, result.id, 'all-or-nothing');
      expect(first.json<ImportCommitResult>().written).toEqual({ outcomes: 2, targets: 1 });
      expect((await storedYear(2024))[13]?.target).toMatchObject({
        value: 170,
        decision: 'KF 2023-11-27 § 140',
        version: 2,
      });
      const again = await commitPreview(context.app, controller, result.id, 'all-or-nothing');
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toBe('Importen är redan sparad.');
    });

    it('all-or-nothing writes nothing when a value changed after the preview', async () => {
      const result = await preview(csv('15;2023;30;;;;;', '16;2023;230;;;;;'));
      const other = await signIn(context.app, 'kollega');
      const edit = await asUser(context.app, other, {
        method: 'POST',
        url: '/api/entry/2023',
        payload: {
          changes: [outcome(16, 225, 0)],
        },
      });
      expect(edit.json().results[0].result).toBe('saved');
      const before = valueTables(context.db);
      const response = await commitPreview(context.app, controller, result.id, 'all-or-nothing');
      expect(response.statusCode).toBe(409);
      expect(response.json().problems).toEqual([
        expect.objectContaining({
          line: 3,
          measureNumber: 16,
          kind: 'outcome',
          result: 'conflict',
        }),
      ]);
      expect(valueTables(context.db)).toBe(before);

      const partly = await commitPreview(context.app, controller, result.id, 'valid-rows');
      expect(partly.json<ImportCommitResult>()).toMatchObject({
        written: { outcomes: 1, targets: 0 },
        problems: [{ line: 3, result: 'conflict' }],
      });
      expect((await storedYear(2023))[15]?.outcome?.value).toBe(225);
    });

    it('lets only the user who made a preview commit it', async () => {
      const result = await preview(csv('17;2023;146;;;;;'));
      const other = await signIn(context.app, 'kollega');
      const response = await commitPreview(context.app, other, result.id, 'valid-rows');
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toMatch(/Förhandsgranskningen finns inte längre/);
    });
  });
});
