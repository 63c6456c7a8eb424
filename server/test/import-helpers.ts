import { deflateRawSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { ImportMode } from '@malbild/shared';
import type { Db } from '../src/db/connection';
import type { TestSession } from './session-helpers';

/** The template's columns as the tests' CSV files write them. */
export const IMPORT_HEADER = 'Resultatmått;År;Utfall;Status;Not;Källa;Målvärde;Beslut';

const headers = (session: TestSession | null) =>
  session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {};

/** Uploads a file as the import page does: its bytes as the body, its name in the address. */
export function uploadFile(
  app: FastifyInstance,
  session: TestSession | null,
  body: Buffer | string,
  fileName = 'utfall.csv',
  /** The period to import into (?period=); absent = the current one. */
  period?: number,
) {
  const inPeriod = period === undefined ? '' : `&period=${period}`;
  return app.inject({
    method: 'POST',
    url: `/api/imports/preview?fileName=${encodeURIComponent(fileName)}${inPeriod}`,
    headers: { ...headers(session), 'content-type': 'application/octet-stream' },
    payload: body,
  });
}

export function commitPreview(
  app: FastifyInstance,
  session: TestSession | null,
  previewId: string,
  mode: ImportMode,
) {
  return app.inject({
    method: 'POST',
    url: '/api/imports/commit',
    headers: headers(session),
    payload: { previewId, mode },
  });
}

/** Every row of the tables an import may write, to prove that a refused import left them as they were. */
export function valueTables(db: Db): string {
  return ['outcomes', 'targets', 'value_history']
    .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()))
    .join('\n');
}

/** A ZIP archive of deflated entries; `declaredSize` lets a test make the archive lie about sizes. */
export function zipOf(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declaredSize } of entries) {
    const compressed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declaredSize ?? data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declaredSize ?? data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, compressed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
