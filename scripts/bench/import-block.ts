// (e) The longest the event loop is held while a 10 000-row file is previewed: the file is read
// in a worker thread, planned and written as JSON in turns (issue 13, finding 3: ≤ about 100 ms).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { buildApp } from '../../server/src/app';
import { hashPassword } from '../../server/src/auth/password';
import { openDatabase } from '../../server/src/db/connection';
import { createUserQueries } from '../../server/src/db/users';

const ROWS = 10_000;
const HEADER = ['Resultatmått', 'År', 'Utfall', 'Status', 'Not', 'Källa', 'Målvärde', 'Beslut'];
const USERNAME = 'bench-controller';
const PASSWORD = 'bench-lösenord-som-är-långt';

function rows(): string[][] {
  return Array.from({ length: ROWS }, (_, i) => [
    String((i % 17) + 1),
    String(2021 + (i % 5)),
    String(i),
  ]);
}

async function files(): Promise<{ name: string; body: Buffer }[]> {
  const csv = [HEADER, ...rows()].map((cells) => cells.join(';')).join('\r\n');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Utfall');
  for (const cells of [HEADER, ...rows()]) sheet.addRow(cells);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  return [
    { name: 'utfall.xlsx', body: xlsx },
    { name: 'utfall.csv', body: Buffer.from(csv) },
  ];
}

export interface ImportBlock {
  file: string;
  kB: number;
  totalMs: number;
  maxBlockMs: number;
}

/** The median over `runs` previews of each file of the total time and the longest block. */
export async function importEventLoopBlock(dbPath: string, runs: number): Promise<ImportBlock[]> {
  const db = openDatabase(dbPath, { fileMustExist: true });
  const users = createUserQueries(db);
  if (!users.credentials(USERNAME)) {
    users.create({
      username: USERNAME,
      displayName: USERNAME,
      passwordHash: await hashPassword(PASSWORD),
      roles: ['controller'],
      units: [],
    });
  }
  const app = await buildApp({ db });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: USERNAME, password: PASSWORD },
    });
    const cookie = login.cookies.find((c) => c.name === 'malbild_session')!;
    const headers = {
      cookie: `${cookie.name}=${cookie.value}`,
      'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken,
      'content-type': 'application/octet-stream',
    };
    const results: ImportBlock[] = [];
    for (const { name, body } of await files()) {
      const measured: { totalMs: number; maxBlockMs: number }[] = [];
      // One run more than counted: the first starts the worker thread.
      for (let run = 0; run <= runs; run += 1) {
        const delay = monitorEventLoopDelay({ resolution: 5 });
        delay.enable();
        const started = performance.now();
        const response = await app.inject({
          method: 'POST',
          url: `/api/imports/preview?fileName=${name}`,
          headers,
          payload: body,
        });
        delay.disable();
        if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode}`);
        if (run > 0) {
          measured.push({ totalMs: performance.now() - started, maxBlockMs: delay.max / 1e6 });
        }
      }
      const median = (key: 'totalMs' | 'maxBlockMs') =>
        Math.round(measured.map((m) => m[key]).sort((a, b) => a - b)[Math.floor(runs / 2)]!);
      results.push({
        file: name,
        kB: Math.round(body.length / 1024),
        totalMs: median('totalMs'),
        maxBlockMs: median('maxBlockMs'),
      });
    }
    return results;
  } finally {
    await app.close();
    db.close();
  }
}
