/**
 * Reads a ZIP's central directory and checks it before anything inflates: a DOCX is a ZIP, and a
 * ZIP bomb declares (or hides) an uncompressed size far beyond its bytes. Then each entry is
 * inflated once, bounded by its declared size, so an entry that lies about its size is caught
 * with memory bounded too. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
import { inflateRawSync } from 'node:zlib';
import { formatBytes, MAX_ZIP_RATIO, MIN_RATIO_CHECKED_BYTES } from './limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why a ZIP cannot be read; the caller wraps it into an IngestError with the source. */
export class ZipProblem extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, data: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT);
  for (let i = bytes.length - EOCD_MIN; i >= lowest; i--) {
    if (data.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

function readBigSize(data: DataView, at: number): number {
  const value = data.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

/** Lists the entries of a ZIP from its central directory. Throws ZipProblem when it is truncated or damaged. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  if (bytes.length < EOCD_MIN) throw new ZipProblem('truncated ZIP (too short to hold a directory)');
  const eocd = findEndOfCentralDirectory(bytes, data);
  if (eocd < 0)
    throw new ZipProblem('truncated or damaged ZIP: no central directory at the end (an incomplete download?)');
  let count = data.getUint16(eocd + 10, true);
  let directorySize = data.getUint32(eocd + 12, true);
  let directoryOffset = data.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || data.getUint32(locator, true) !== ZIP64_EOCD_LOCATOR)
      throw new ZipProblem('damaged ZIP64 directory');
    const zip64 = readBigSize(data, locator + 8);
    if (zip64 + 56 > bytes.length || data.getUint32(zip64, true) !== ZIP64_EOCD)
      throw new ZipProblem('damaged ZIP64 directory');
    count = readBigSize(data, zip64 + 32);
    directorySize = readBigSize(data, zip64 + 40);
    directoryOffset = readBigSize(data, zip64 + 48);
  }
  if (count > MAX_ENTRIES) throw new ZipProblem(`ZIP declares ${count} entries (at most ${MAX_ENTRIES} are read)`);
  if (directoryOffset + directorySize > bytes.length) {
    throw new ZipProblem('truncated ZIP: the central directory points past the end of the file');
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new ZipProblem('damaged ZIP central directory');
    const flags = data.getUint16(at + 8, true);
    const method = data.getUint16(at + 10, true);
    let compressedSize = data.getUint32(at + 20, true);
    let uncompressedSize = data.getUint32(at + 24, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    let localHeaderOffset = data.getUint32(at + 42, true);
    const name = Buffer.from(
      bytes.buffer,
      bytes.byteOffset + at + 46,
      Math.min(nameLength, bytes.length - at - 46),
    ).toString('utf8');
    // ZIP64 extended information: the 64-bit values, in order, for the fields that are 0xFFFFFFFF.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd && extraEnd <= bytes.length) {
      const id = data.getUint16(extra, true);
      const size = data.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressedSize === 0xffffffff && field + 8 <= extra + 4 + size) {
          uncompressedSize = readBigSize(data, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff && field + 8 <= extra + 4 + size) {
          compressedSize = readBigSize(data, field);
          field += 8;
        }
        if (localHeaderOffset === 0xffffffff && field + 8 <= extra + 4 + size)
          localHeaderOffset = readBigSize(data, field);
      }
      extra += 4 + size;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses a ZIP whose entries declare more than `maxUnzippedBytes` in total, or a large entry
 * inflating more than MAX_ZIP_RATIO times: both before inflating anything.
 */
export function checkDeclaredSizes(entries: ZipEntry[], maxUnzippedBytes: number): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (total > maxUnzippedBytes) {
      throw new ZipProblem(
        `ZIP bomb refused: entries declare more than ${formatBytes(maxUnzippedBytes)} uncompressed (limit maxUnzippedBytes)`,
      );
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= MIN_RATIO_CHECKED_BYTES && ratio > MAX_ZIP_RATIO) {
      throw new ZipProblem(
        `ZIP bomb refused: ${entry.name} declares ${formatBytes(entry.uncompressedSize)} from ${formatBytes(entry.compressedSize)} (ratio ${Math.round(ratio)}:1)`,
      );
    }
  }
}

/**
 * Inflates each entry with the output bounded by its declared size, so an entry whose declared
 * size is a lie fails here, before mammoth's unbounded inflate runs. `only` picks the entries the
 * reader will inflate. Returns nothing: it checks.
 */
export function verifyEntries(bytes: Uint8Array, entries: ZipEntry[], only?: (entry: ZipEntry) => boolean): void {
  const data = view(bytes);
  for (const entry of entries) {
    if (only && !only(entry)) continue;
    if (entry.flags & 0x1) throw new ZipProblem(`encrypted ZIP entry ${entry.name} (password-protected)`);
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.length || data.getUint32(local, true) !== LOCAL_SIGNATURE) {
      throw new ZipProblem(`damaged ZIP: entry ${entry.name} is missing`);
    }
    const start = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new ZipProblem(`truncated ZIP: entry ${entry.name} is cut short`);
    const compressed = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw new ZipProblem(`damaged ZIP entry ${entry.name}`);
      continue;
    }
    if (entry.method !== 8)
      throw new ZipProblem(`ZIP entry ${entry.name} uses compression method ${entry.method}, not deflate`);
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipProblem(
          `ZIP bomb refused: ${entry.name} inflates beyond its declared ${formatBytes(entry.uncompressedSize)}`,
        );
      }
      throw new ZipProblem(`damaged ZIP entry ${entry.name}: ${(error as Error).message}`);
    }
    if (inflated.length !== entry.uncompressedSize) {
      throw new ZipProblem(
        `damaged ZIP entry ${entry.name}: inflates to ${inflated.length} bytes, declares ${entry.uncompressedSize}`,
      );
    }
  }
}
