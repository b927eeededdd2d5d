/**
 * The build's corpus step, run by build.mjs (and by benchmarks): compile seeds/ into the corpus bundle,
 * and the gazetteer into the matcher data the content script embeds.
 */
import { compileCorpusFromFiles, shippedBundle, shippedCorpusMeta, type SeedFile } from '../compiler'
import { readSeedFiles } from '../compiler/compile-fs';
import type { CorpusBundle, MatcherEntity, ShippedCorpusMeta } from '../model/corpus-types';
import { compileMatcherData, matcherEntityOf } from '../detect/compile';
import { packMatcherData, splitPackedMatcherData } from '../detect/packed-data';
import type { MatcherProbe, PackedMatcherData } from '../detect/types';

export interface CorpusArtifacts {
  /** The seeds compiled (article texts left out: see shipped-bundle.ts): not shipped, the tests' and demo's copy. */
  bundle: CorpusBundle;
  /** What corpus-meta.json holds: the bundle's identity, read by the background at every start. */
  meta: ShippedCorpusMeta;
  /** Packed (packed-data.ts): the content script and the reader page unpack it. */
  matcherData: PackedMatcherData;
  /** Its half every page needs (the prefilter, the character tables): all the content script embeds of it. */
  matcherProbe: MatcherProbe;
  /**
   * What seed-files.json holds: the seed files themselves, which the background compiles again with
   * the reader's articles (the same compiler, the same inputs as this build).
   */
  seedFiles: SeedFile[];
}

export function toMatcherEntities(bundle: CorpusBundle): MatcherEntity[] {
  const reported = new Set<string>();
  for (const c of bundle.claims) reported.add(c.entityId);
  for (const p of bundle.passages) for (const id of p.entityIds) reported.add(id);
  return bundle.entities.map((e) => matcherEntityOf(e, reported.has(e.id)));
}

export async function buildCorpusArtifacts(seedsDir: string): Promise<CorpusArtifacts> {
  const seedFiles = await readSeedFiles(seedsDir);
  const bundle = shippedBundle(compileCorpusFromFiles(seedFiles));
  const matcherData = packMatcherData(compileMatcherData(toMatcherEntities(bundle)));
  return { bundle, meta: shippedCorpusMeta(bundle), matcherData, matcherProbe: splitPackedMatcherData(matcherData).probe, seedFiles };
}
