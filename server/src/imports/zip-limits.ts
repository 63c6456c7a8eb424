import { crc32, inflateRawSync } from 'node:zlib';
import { ImportError } from './import-error';

// An XLSX file is a ZIP archive. A few kilobytes can inflate to gigabytes (a "zip bomb"), and
// exceljs inflates whatever its zip reader finds, which need not be what the archive's records
// declare (a directory record saying 0 entries, offsets shifted by prepended bytes). So the
// archive is never handed over as uploaded: each entry of its central directory is inflated
// here, entry by entry, against what is left of the budget, and exceljs gets a new archive of
// just those bytes, stored uncompressed, with nothing left for it to inflate.

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAMES = 0x0800;

const TOO_LARGE =
  'Excelfilen är för stor uppackad. Dela upp den, eller spara den som CSV och försök igen.';
const BROKEN =
  'Excelfilen är skadad och kan inte läsas. Spara den på nytt i Excel och försök igen.';

interface ZipEntry {
  name: Buffer;
  data: Buffer;
}

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= earliest; offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new ImportError(BROKEN);
}

/** The bytes of one entry as they lie in the archive, found through its local header. */
function compressedData(zip: Buffer, localOffset: number, compressedSize: number): Buffer {
  if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER) {
    throw new ImportError(BROKEN);
  }
  const start =
    localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  if (start + compressedSize > zip.length) throw new ImportError(BROKEN);
  return zip.subarray(start, start + compressedSize);
}

/** The entry's bytes, refusing as soon as they pass `budget`: never more is inflated. */
function inflated(method: number, data: Buffer, budget: number): Buffer {
  if (method === STORED) {
    if (data.length > budget) throw new ImportError(TOO_LARGE);
    return data;
  }
  if (method !== DEFLATED) throw new ImportError(BROKEN);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw new ImportError(tooLarge ? TOO_LARGE : BROKEN);
  }
}

interface DirectoryRecord {
  name: Buffer;
  method: number;
  localOffset: number;
  compressedSize: number;
}

/**
 * The central directory's records, read by their signatures up to the end record. They must be
 * as many as the end record says (Excel never writes an archive whose two disagree), and within
 * the limit, before a byte is inflated.
 */
function directory(zip: Buffer, limits: ZipLimits): DirectoryRecord[] {
  if (zip.length < 22) throw new ImportError(BROKEN);
  const end = endOfCentralDirectory(zip);
  const declared = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  // ZIP64 marks these fields 0xffff…; an XLSX within our limits never needs it.
  if (declared === 0xffff || offset === 0xffffffff) throw new ImportError(TOO_LARGE);
  const records: DirectoryRecord[] = [];
  while (offset + 46 <= end && zip.readUInt32LE(offset) === CENTRAL_ENTRY) {
    if (records.length === limits.maxEntries) throw new ImportError(TOO_LARGE);
    const nameLength = zip.readUInt16LE(offset + 28);
    records.push({
      name: Buffer.from(zip.subarray(offset + 46, offset + 46 + nameLength)),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  if (records.length !== declared || records.length === 0) throw new ImportError(BROKEN);
  return records;
}

/** Every entry of the directory, inflated one after the other against what is left of the budget. */
function readEntries(zip: Buffer, limits: ZipLimits): ZipEntry[] {
  let left = limits.maxUncompressedBytes;
  return directory(zip, limits).map(({ name, method, localOffset, compressedSize }) => {
    const data = inflated(method, compressedData(zip, localOffset, compressedSize), left);
    left -= data.length;
    return { name, data };
  });
}

/** A ZIP archive of the entries, stored uncompressed: what it declares is what it holds. */
function storedArchive(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(10, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(STORED, 8);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_ENTRY, 0);
    central.writeUInt16LE(10, 4);
    central.writeUInt16LE(10, 6);
    // Flags, method, time, crc and sizes are the local header's, at an offset of 2.
    header.copy(central, 8, 6, 26);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(header, name, data);
    directory.push(central, name);
    offset += header.length + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directoryBytes, end]);
}

/**
 * The archive rebuilt from what its directory really inflates to, within the limits; throws an
 * ImportError for an archive that is too large unpacked or broken.
 */
export function boundedArchive(zip: Buffer, limits: ZipLimits): Buffer {
  return storedArchive(readEntries(zip, limits));
}
