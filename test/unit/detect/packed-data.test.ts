/**
 * The matcher data as the bundles embed it (packed-data.ts): the seeds' gazetteer packed and unpacked gives
 * back the very keys, rows and flags, and finds the same mentions; the pack is much smaller than the keys.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileMatcherData, VARIANT } from '../../../src/detect/compile';
import { createMatcher } from '../../../src/detect/matcher';
import { packMatcherData, unpackMatcherData } from '../../../src/detect/packed-data';
import { parseGazetteer } from '../../../src/compiler/gazetteer';
import { fileText, seedFiles } from '../compiler/seed-files';
import { FIXTURE_ENTITIES } from './fixture-entities';

const seedEntities = async () => (await parseGazetteer('gazetteer.yaml', fileText(await seedFiles(), 'gazetteer.yaml'))).entities;
const gzip = (value: unknown) => gzipSync(JSON.stringify(value)).length;

describe('packed matcher data', () => {
  it('unpacks to the keys the build compiled, variants included', async () => {
    const data = compileMatcherData(await seedEntities());
    expect(data.keys.some((k) => k[3] & VARIANT)).toBe(true);
    const packed = packMatcherData(data);
    expect(unpackMatcherData(packed)).toEqual(data);
    const fixture = compileMatcherData(FIXTURE_ENTITIES);
    expect(unpackMatcherData(packMatcherData(fixture))).toEqual(fixture);
  });

  it('finds the same mentions as the data it came from', async () => {
    const data = compileMatcherData(await seedEntities());
    const text = 'В Хмеймиме и Тартусе; وبالأسد في اللاذقية; Ahmed el-Sharaa met Putin, then Abu Mohammad al-Jolany spoke of Hmeymim.';
    const mentions = createMatcher(data).findAll(text);
    expect(mentions.length).toBeGreaterThan(4);
    expect(createMatcher(unpackMatcherData(packMatcherData(data))).findAll(text)).toEqual(mentions);
  });

  it('is much smaller than the keys it replaces', async () => {
    const data = compileMatcherData(await seedEntities());
    const packed = packMatcherData(data);
    const before = gzip(data.keys);
    const after = gzip([packed.rows, packed.variants]);
    console.log(`matcher keys: ${(before / 1024).toFixed(1)} KiB gzip as rows of JSON, ${(after / 1024).toFixed(1)} KiB packed`);
    expect(after).toBeLessThan(before / 2);
  });

  it('refuses a key that is not its alias folded, rather than ship data the page would read wrongly', async () => {
    const data = compileMatcherData(FIXTURE_ENTITIES);
    const row = data.keys.findIndex((k) => !(k[3] & VARIANT));
    data.keys[row] = ['not the alias', ...data.keys[row]!.slice(1)] as (typeof data.keys)[number];
    expect(() => packMatcherData(data)).toThrow(/is not its folded text/);
  });
});
