/** The size of the built content script, which every page the reader opens loads (areas card and detect print it). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeBuild } from '../e2e/harness/paths';

export function contentBundleSize(): { rawKb: number; gzipKb: number } {
  const bytes = readFileSync(path.join(chromeBuild, 'content.js'));
  return { rawKb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 };
}
