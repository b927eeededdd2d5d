/**
 * The hostile packs of issue 26, written here (nothing copied from the probe): each one is a small file
 * that once froze or crashed a reader. Shared by the unit tests, the CLI tests and the options page's
 * end-to-end test, so all three read the very same bytes.
 *
 * The newline bomb is a real zip that inflates to 3.9 GB: one deflate block of 1 MiB of newlines, ended
 * with a full flush (byte-aligned, no reference to earlier data), repeated 3,900 times, then an empty
 * final block. Building it costs a few milliseconds and 4 MB; any unzip tool inflates it to 3.9 GB.
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';
import { articleContentHash, type ArticleInput } from '../../../src/model/user-article';
import { packContentHash } from '../../../src/pack/content-hash';

/** A zip entry as deflate pieces, each repeated: `{ data, times }` inflates to `data` `times` times. */
interface Piece {
  data: Buffer;
  times: number;
}

const MIB = 1024 * 1024;

export function hostileArticle(i: number, extra: Partial<ArticleInput> = {}): ArticleInput {
  return {
    url: `https://hostile.example/report/${i}`,
    title: `Report ${i} on the Tartus port`,
    outlet: 'Hostile Example',
    date: '2025-10-20',
    text: `Report ${i}: officials met in Damascus to discuss the port of Tartus.`,
    ...extra,
  };
}

/** A manifest as buildPack writes it (one field per line), for these articles, with fields overridden. */
export function hostileManifest(articles: ArticleInput[], extra: Record<string, unknown> = {}): string {
  const manifest = {
    format: 'backstory-pack',
    formatVersion: 1,
    name: 'Hostile desk',
    createdAt: '2025-11-02T09:30:00.000Z',
    corpusVersion: 'test',
    articleCount: articles.length,
    contentHash: packContentHash(articles.map((a) => articleContentHash(a.text))),
    ...extra,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A zip of these entries, each given as pieces; sizes and CRC-32 are the real ones of what it inflates to. */
export function zipOfPieces(entries: Record<string, Piece[]>): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, pieces] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    let crc = 0;
    let size = 0;
    const deflated: Buffer[] = [];
    for (const { data, times } of pieces) {
      const block = deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
      const once = crc32(data);
      for (let i = 0; i < times; i++) {
        crc = crc32Combine(crc, once, data.length);
        deflated.push(block);
      }
      size += data.length * times;
    }
    deflated.push(Buffer.from([0x03, 0x00])); // an empty final block
    const body = Buffer.concat(deflated);
    if (size > 0xfffffffe || body.length > 0xfffffffe) throw new Error('zipOfPieces writes no zip64');
    const header = (central: boolean) => {
      const b = Buffer.alloc(central ? 46 : 30);
      let at = 0;
      const u32 = (v: number) => (at = b.writeUInt32LE(v >>> 0, at));
      const u16 = (v: number) => (at = b.writeUInt16LE(v, at));
      u32(central ? 0x02014b50 : 0x04034b50);
      if (central) u16(20);
      u16(20); // version needed
      u16(0x0800); // flags: UTF-8 names
      u16(8); // deflate
      u16(0); // time
      u16(0x21); // date: 1980-01-01
      u32(crc);
      u32(body.length);
      u32(size);
      u16(nameBytes.length);
      u16(0); // extra
      if (central) {
        u16(0); // comment
        u16(0); // disk
        u16(0); // internal attributes
        u32(0); // external attributes
        u32(offset);
      }
      return b;
    };
    locals.push(header(false), nameBytes, body);
    centrals.push(header(true), nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...locals, central, end]);
  return new Uint8Array(out.buffer.slice(out.byteOffset, out.byteOffset + out.length)) as Uint8Array<ArrayBuffer>;
}

/**
 * CRC-32 of A followed by B from the CRC-32 of each and B's length (zlib's crc32_combine), so the bomb's
 * real checksum costs microseconds instead of a pass over 3.9 GB.
 */
function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  const times = (mat: Uint32Array, vec: number) => {
    let sum = 0;
    for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i]!;
    return sum >>> 0;
  };
  const square = (out: Uint32Array, mat: Uint32Array) => {
    for (let n = 0; n < 32; n++) out[n] = times(mat, mat[n]!);
  };
  if (lengthB <= 0) return crcA;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  square(even, odd);
  square(odd, even);
  let a = crcA >>> 0;
  let len = lengthB;
  do {
    square(even, odd);
    if (len & 1) a = times(even, a);
    len = Math.floor(len / 2);
    if (len === 0) break;
    square(odd, even);
    if (len & 1) a = times(odd, a);
    len = Math.floor(len / 2);
  } while (len !== 0);
  return (a ^ crcB) >>> 0;
}

const text = (s: string): Piece => ({ data: Buffer.from(s, 'utf8'), times: 1 });
const line = (a: ArticleInput) => `${JSON.stringify(a)}\n`;

/** A 4 MB file inflating to 3.9 GB of newlines, after a valid manifest. */
export function newlineBomb(): Uint8Array<ArrayBuffer> {
  const one = [hostileArticle(1)];
  return zipOfPieces({
    'manifest.json': [text(hostileManifest(one))],
    'articles.jsonl': [{ data: Buffer.alloc(MIB, 0x0a), times: 3900 }],
  });
}
export const NEWLINE_BOMB_INFLATED = 3900 * MIB;

/** One article, a million blank lines, another article: 1.6 KB zipped. */
export function millionBlankLines(): Uint8Array<ArrayBuffer> {
  const two = [hostileArticle(1), hostileArticle(2)];
  return zipOfPieces({
    'manifest.json': [text(hostileManifest(two))],
    'articles.jsonl': [text(line(two[0]!)), { data: Buffer.alloc(1_000_000, 0x0a), times: 1 }, text(line(two[1]!))],
  });
}

/** 100 lines, each an object with one key of two million characters (200 MB inflated). */
export function longKeys(): Uint8Array<ArrayBuffer> {
  const key = 'k'.repeat(2_000_000);
  const articles = Array.from({ length: 100 }, (_, i) => hostileArticle(i));
  return zipOfPieces({
    'manifest.json': [text(hostileManifest(articles))],
    'articles.jsonl': [{ data: Buffer.from(`{"${key}":1}\n`), times: 100 }],
  });
}

/** Three articles; the second line's title holds bytes that are not UTF-8. */
export function badUtf8OnLine2(): Uint8Array<ArrayBuffer> {
  const three = [hostileArticle(1), hostileArticle(2), hostileArticle(3)];
  const second = line(three[1]!);
  const cut = second.indexOf('Report 2');
  const [before, after] = [second.slice(0, cut), second.slice(cut + 'Report 2'.length)];
  return zipOfPieces({
    'manifest.json': [text(hostileManifest(three))],
    'articles.jsonl': [
      text(line(three[0]!)),
      { data: Buffer.concat([Buffer.from(before!), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(`Report 2${after!}`)]), times: 1 },
      text(line(three[2]!)),
    ],
  });
}

/** The probe's strings: a right-to-left override, a left-to-right isolate, and control characters. */
export const BIDI = {
  rtlOverride: 'Desk \u202Epicks\u202C',
  isolate: 'Tartus \u2066port\u2069',
  newline: 'Desk\npicks',
  nul: 'Desk\u0000picks',
  bell: 'Desk\u0007picks',
} as const;

/** A pack whose name and whose articles' title, outlet and author carry bidirectional overrides. */
export function bidiNames(name: string = BIDI.rtlOverride): Uint8Array<ArrayBuffer> {
  const articles = [
    hostileArticle(1, { title: `Report \u202Eon Tartus` }),
    hostileArticle(2, { outlet: `Hostile \u202DExample` }),
    hostileArticle(3, { author: `A. \u2067Writer\u2069` }),
    hostileArticle(4),
  ];
  return zipOfPieces({
    'manifest.json': [text(hostileManifest(articles, { name }))],
    'articles.jsonl': [text(articles.map(line).join(''))],
  });
}
