import { Deflate } from 'fflate';

/**
 * A zip archive written entry by entry, each entry deflated as its data arrives, with its sizes and
 * CRC-32 in its local header. Streaming zip writers (fflate's `Zip` among them) put the sizes in a data
 * descriptor after the data instead; a streaming reader then has to look for the descriptor's signature
 * inside the compressed bytes, and a backup of 12,000 articles whose deflated bytes happened to hold
 * "PK\x07\x08" read back as "unexpected EOF". Here each entry's compressed bytes are kept (as pieces,
 * which a Blob holds) until the entry ends and its header can be written first.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** DOS date and time of 1980-01-01 00:00: a fixed day, so the same content gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = 0x21;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;

interface Written {
  name: Uint8Array;
  crc: number;
  size: number;
  compressed: number;
  offset: number;
}

export interface ZipWriter {
  /** Starts an entry; `push` its data in pieces, then `end` it before the next entry starts. */
  entry(name: string): { push(data: Uint8Array): void; end(): void };
  /** The whole archive's bytes, in pieces (for a Blob). */
  finish(): Uint8Array<ArrayBuffer>[];
}

export function createZipWriter(level: 6 = 6): ZipWriter {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const entries: Written[] = [];
  let offset = 0;

  const header = (e: Written, central: boolean): Uint8Array<ArrayBuffer> => {
    const b = new Uint8Array(central ? 46 : 30);
    const view = new DataView(b.buffer);
    let at = 0;
    const u32 = (v: number) => {
      view.setUint32(at, v >>> 0, true);
      at += 4;
    };
    const u16 = (v: number) => {
      view.setUint16(at, v, true);
      at += 2;
    };
    u32(central ? 0x02014b50 : 0x04034b50);
    if (central) u16(20);
    u16(20);
    u16(UTF8_NAMES);
    u16(DEFLATE);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.compressed);
    u32(e.size);
    u16(e.name.length);
    u16(0);
    if (central) {
      u16(0);
      u16(0);
      u16(0);
      u32(0);
      u32(e.offset);
    }
    return b;
  };

  return {
    entry(name) {
      const body: Uint8Array<ArrayBuffer>[] = [];
      const deflate = new Deflate({ level }, (chunk) => void body.push(chunk as Uint8Array<ArrayBuffer>));
      let crc = 0;
      let size = 0;
      return {
        push(data) {
          crc = crc32(data, crc);
          size += data.length;
          deflate.push(data, false);
        },
        end() {
          deflate.push(new Uint8Array(0), true);
          const e: Written = { name: new TextEncoder().encode(name), crc, size, compressed: body.reduce((n, p) => n + p.length, 0), offset };
          if (e.size > 0xfffffffe || e.compressed > 0xfffffffe) throw new Error(`${name} is larger than a zip without zip64 can hold (4 GiB).`);
          const local = header(e, false);
          parts.push(local, e.name as Uint8Array<ArrayBuffer>, ...body);
          offset += local.length + e.name.length + e.compressed;
          entries.push(e);
        },
      };
    },
    finish() {
      const start = offset;
      let size = 0;
      for (const e of entries) {
        const central = header(e, true);
        parts.push(central, e.name as Uint8Array<ArrayBuffer>);
        size += central.length + e.name.length;
      }
      const end = new Uint8Array(22);
      const view = new DataView(end.buffer);
      view.setUint32(0, 0x06054b50, true);
      view.setUint16(8, entries.length, true);
      view.setUint16(10, entries.length, true);
      view.setUint32(12, size, true);
      view.setUint32(16, start, true);
      parts.push(end);
      return parts;
    },
  };
}


