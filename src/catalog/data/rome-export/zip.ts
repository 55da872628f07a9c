/**
 * A minimal ZIP reader for the official export archive: reads the central directory and
 * inflates each file with node:zlib (methods 0 "stored" and 8 "deflate"; no ZIP64, no
 * encryption, which the export does not use). Names are returned without their folders.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

export class ZipError extends Error {
  override name = 'ZipError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The export's files are a few MB each; refuse anything absurd (zip bombs). */
const MAX_ENTRY_BYTES = 200 * 1024 * 1024;

export function readZip(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('archive ZIP illisible (fin de répertoire introuvable).');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (offset + 46 > data.length || view.getUint32(offset, true) !== CENTRAL)
      throw new ZipError('archive ZIP illisible (répertoire central abîmé).');
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const fullName = decoder.decode(data.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (fullName.endsWith('/')) continue;
    const name = fullName.slice(fullName.lastIndexOf('/') + 1);
    if (size > MAX_ENTRY_BYTES) throw new ZipError(`${name} : fichier trop volumineux dans l’archive.`);
    if (localOffset + 30 > data.length || view.getUint32(localOffset, true) !== LOCAL)
      throw new ZipError(`${name} : entrée ZIP abîmée.`);
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const raw = data.subarray(start, start + compressedSize);
    if (raw.length !== compressedSize) throw new ZipError(`${name} : archive ZIP tronquée.`);
    let bytes: Uint8Array;
    if (method === 0) bytes = raw;
    else if (method === 8) {
      try {
        bytes = inflateRawSync(raw, { maxOutputLength: MAX_ENTRY_BYTES });
      } catch {
        throw new ZipError(`${name} : contenu compressé illisible.`);
      }
    } else throw new ZipError(`${name} : méthode de compression ${method} non prise en charge.`);
    entries.push({ name, bytes });
  }
  return entries;
}
