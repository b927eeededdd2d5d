import { describe, expect, it } from 'vitest';
import { corpusDetector, toMatcherEntity } from '../../../src/compiler';
import { parseGazetteer } from '../../../src/compiler/gazetteer';
import { compileMatcherData } from '../../../src/detect/compile';
import { createMatcher } from '../../../src/detect/matcher';
import { foldKey } from '../../../src/model/fold';
import { fileText, seedFiles } from './seed-files';

async function gazetteer() {
  return parseGazetteer('gazetteer.yaml', fileText(await seedFiles(), 'gazetteer.yaml'));
}

describe('gazetteer hygiene', () => {
  it('has unique kebab-case ids, one-line descriptions and known related ids', async () => {
    const { entities } = await gazetteer();
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entities) {
      expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(e.description).not.toMatch(/\n/);
      expect(e.description.length).toBeGreaterThan(5);
      for (const r of e.related ?? []) expect(ids, `${e.id} → ${r}`).toContain(r);
      if (e.type === 'event') expect(e.date, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives every alias to one entity unless all its owners mark it ambiguous', async () => {
    const { entities } = await gazetteer();
    const owners = new Map<string, Array<{ id: string; ambiguous: boolean }>>();
    for (const e of entities) {
      const own = new Set<string>();
      for (const a of e.aliases) {
        const key = foldKey(a.text);
        expect(own.has(key), `${e.id} lists "${a.text}" twice`).toBe(false);
        own.add(key);
        owners.set(key, [...(owners.get(key) ?? []), { id: e.id, ambiguous: a.ambiguous === true }]);
      }
    }
    for (const [key, list] of owners) {
      if (list.length > 1) expect(list.every((o) => o.ambiguous), key).toBe(true);
    }
  });

  it('names every person and place in English, Arabic and Russian', async () => {
    const { entities } = await gazetteer();
    for (const e of entities.filter((x) => x.type === 'person' || x.type === 'place' || x.type === 'installation')) {
      const langs = new Set(e.aliases.map((a) => a.lang));
      expect([...langs].filter((l) => ['ar', 'en', 'ru'].includes(l)).sort(), e.id).toEqual(['ar', 'en', 'ru']);
      // German, French, Spanish and Turkish names only where they differ, in Latin script.
      expect([...langs].filter((l) => !['ar', 'en', 'ru', 'de', 'fr', 'es', 'tr'].includes(l)), e.id).toEqual([]);
      // Script matches the declared language.
      for (const a of e.aliases) {
        if (a.lang === 'ar') expect(a.text, e.id).toMatch(/[\u0600-\u06ff]/);
        if (a.lang === 'ru') expect(a.text, e.id).toMatch(/[\u0400-\u04ff]/);
        if (['de', 'fr', 'es', 'tr'].includes(a.lang)) expect(a.text, e.id).toMatch(/^[\p{Script=Latin}\s'’.-]+$/u);
      }
    }
  });

  it('covers the names the corpus and readers use', async () => {
    const { entities } = await gazetteer();
    const byId = new Map(entities.map((e) => [e.id, e]));
    const has = (id: string, ...names: string[]) => {
      const e = byId.get(id);
      expect(e, id).toBeDefined();
      const aliases = e!.aliases.map((a) => a.text);
      for (const n of names) expect(aliases, id).toContain(n);
    };
    has('ahmad-al-sharaa', 'Ahmad al-Sharaa', 'Ahmed al-Sharaa', 'al-Shara', 'Sharaa', 'Shaara', 'al-Jolani', 'al-Julani', 'al-Jawlani', 'أحمد الشرع', 'الجولاني', 'Ахмед аш-Шараа', 'аль-Джулани');
    has('hmeimim-air-base', 'Hmeimim', 'Khmeimim', 'Hmeymim', 'Humaymim', 'Hmeimim airbase', 'حميميم', 'Хмеймим');
    has('tartus', 'Tartus', 'Tartous', 'طرطوس', 'Тартус');
    has('latakia', 'Latakia', 'اللاذقية', 'Латакия');
    for (const id of ['vladimir-putin', 'bashar-al-assad', 'alexander-novak', 'maria-zakharova', 'donald-trump', 'tartus-naval-base', 'tartus-commercial-port', 'qamishli-airport', 'damascus', 'moscow', 'kremlin', 'syria', 'russia', 'reuters', 'sana', 'tass', 'ofac', 'russian-military-police', 'new-syrian-army', 'russian-foreign-ministry', 'wheat-shipments', 'war-damage-compensation', 'assad-extradition', 'energy-cooperation', 'israeli-incursions', 'sanctions', 'russian-bases']) {
      expect(byId.has(id), id).toBe(true);
    }
    const ambiguous = (id: string, text: string) => expect(byId.get(id)!.aliases.find((a) => a.text === text)?.ambiguous, `${id} ${text}`).toBe(true);
    ambiguous('bashar-al-assad', 'Assad');
    ambiguous('alexander-novak', 'Novak');
    ambiguous('latakia', 'Latakia');
    ambiguous('russian-military-police', 'military police');
    const dates = Object.fromEntries(entities.filter((e) => e.type === 'event').map((e) => [e.id, e.date]));
    expect(dates).toMatchObject({
      'fall-of-assad-2024-12-08': '2024-12-08',
      'first-phone-call-2025-02-12': '2025-02-12',
      'sanctions-order-2025-06-30': '2025-06-30',
      'syrian-elections-2025-10-05': '2025-10-05',
      'kremlin-talks-2025-10-15': '2025-10-15',
    });
  });

  it('every non-ambiguous alias is found by the content script matcher as its own entity', async () => {
    const { entities } = await gazetteer();
    const data = compileMatcherData(entities.map(toMatcherEntity));
    const matcher = createMatcher(data);
    for (const e of entities) {
      for (const a of e.aliases.filter((x) => !x.ambiguous)) {
        const found = matcher.findAll(`Text before ${a.text} and after.`);
        expect(found.map((m) => m.entityId), `${e.id}: ${a.text}`).toContain(e.id);
      }
    }
  });

  it('links passages through the shipped detector: a specific alias marks any text', async () => {
    const { entities } = await gazetteer();
    const find = corpusDetector(entities.map(toMatcherEntity));
    expect(find('Aircraft left Khmeimim at dawn.').map((m) => m.entityId)).toEqual(['hmeimim-air-base']);
    // Broad entities alone do not make a text on topic.
    expect(find('Putin spoke about wheat shipments.')).toEqual([]);
  });
});
