/**
 * Backups that always restore: any state the extension can reach exports to a file that passes the
 * options page's size check and imports back to the same state. Random states are reached through the
 * storage API (so they are reachable by construction); the largest state the limits allow is written
 * directly, as building it through single writes would take minutes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures/db';
import { createUserData, type UserData } from '../../../src/storage/user-data';
import { USER_DATA_LIMITS, USER_RECORD_VERSION, type SiteScope } from '../../../src/model/user-settings';
import { MAX_USER_DATA_FILE_BYTES, userDataFileText } from '../../../src/model/user-data-file';
import { MAX_IMPORT_BYTES, parseImportText } from '../../../src/pages/options/settings-file';

const T0 = 1_750_000_000_000;

function setup() {
  const { connector } = freshDb();
  let t = T0;
  return { user: createUserData(() => connector.getDb(), { now: () => t++ }), connector };
}

/** The state a user sees: everything but the time of the export. */
async function stateOf(user: UserData) {
  const { exportedAt: _at, ...state } = await user.exportUserData();
  return state;
}

/** Export to text as the options page does, check it as the page does, import it into a fresh database. */
async function restore(user: UserData) {
  const text = userDataFileText(await user.exportUserData());
  const bytes = Buffer.byteLength(text, 'utf8');
  const read = parseImportText(text, bytes);
  if (!read.ok) throw new Error(read.error);
  const target = setup();
  await target.user.importUserData(read.data);
  return { target, bytes };
}

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const host = fc
  .tuple(fc.array(label, { minLength: 0, maxLength: 2 }), label.filter((l) => !/^\d+$/.test(l)), fc.constantFrom('com', 'co.uk', 'org', 'ru', 'com.sy', 'xn--p1ai'))
  .map(([subs, name, suffix]) => [...subs, name, suffix].join('.'));
const entityId = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/),
  // Any text an id may be: quotes, backslashes, other scripts, astral characters (never control characters).
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(s)),
);
const operation = fc.oneof(
  fc.record({ op: fc.constant('site' as const), site: host, enabled: fc.boolean(), scope: fc.constantFrom<SiteScope>('domain', 'host') }),
  fc.record({ op: fc.constant('remove' as const), site: host }),
  fc.record({ op: fc.constant('hide' as const), site: host, entityId }),
  fc.record({ op: fc.constant('unhide' as const), site: host, entityId }),
  fc.record({
    op: fc.constant('prefs' as const),
    prefs: fc.record(
      { paused: fc.boolean(), hoverOpen: fc.boolean(), markMode: fc.constantFrom('first' as const, 'all' as const, 'emphasise-first' as const) },
      { requiredKeys: [] },
    ),
  }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(user: UserData, op: Operation): Promise<unknown> {
  switch (op.op) {
    case 'site':
      return user.setSiteEnabled(op.site, op.enabled, op.scope);
    case 'remove':
      return user.removeSiteSetting(op.site);
    case 'hide':
      return user.hideName(op.site, op.entityId);
    case 'unhide':
      return user.unhideName(op.site, op.entityId);
    case 'prefs':
      return user.setPrefs(op.prefs);
  }
}

describe('export then import', () => {
  it('restores any reachable state exactly, through a file the options page accepts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 40 }), async (ops) => {
        const source = setup();
        for (const op of ops) await apply(source.user, op);
        const { target } = await restore(source.user);
        expect(await stateOf(target.user)).toEqual(await stateOf(source.user));
        await source.connector.close();
        await target.connector.close();
      }),
      { numRuns: 60, seed: 1217 },
    );
  });

  it('restores the largest state the limits allow, and its file is within the size limit', async () => {
    const source = setup();
    const db = await source.connector.getDb();
    // Longest values everywhere: 253-character hosts (3 labels of 63 and one of 61), 200-unit entity ids
    // of 3-byte characters (the most bytes per unit an id can take).
    const longHost = (i: number) => `s${String(i).padStart(5, '0')}${'a'.repeat(57)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    const longId = (i: number) => `e${String(i).padStart(5, '0')}-${'€'.repeat(193)}`;
    expect(longHost(0)).toHaveLength(USER_DATA_LIMITS.siteChars);
    expect(longId(0)).toHaveLength(USER_DATA_LIMITS.entityIdChars);
    const tx = db.transaction(['siteSettings', 'hiddenNames', 'prefs'], 'readwrite');
    for (let i = 0; i < USER_DATA_LIMITS.siteSettings; i++) {
      void tx.objectStore('siteSettings').put({ site: longHost(i), enabled: false, scope: 'host', updatedAt: T0 + i, v: USER_RECORD_VERSION });
    }
    for (let i = 0; i < USER_DATA_LIMITS.hiddenNames; i++) {
      void tx.objectStore('hiddenNames').put({ site: longHost(i % 100), entityId: longId(i), aliasKey: '', createdAt: T0 + i, v: USER_RECORD_VERSION });
    }
    void tx.objectStore('prefs').put({ key: 'paused', value: false, v: USER_RECORD_VERSION });
    void tx.objectStore('prefs').put({ key: 'hoverOpen', value: false, v: USER_RECORD_VERSION });
    void tx.objectStore('prefs').put({ key: 'markMode', value: 'emphasise-first', v: USER_RECORD_VERSION });
    await tx.done;

    // At the limits, a further entry is refused, so this state is as large as any reachable one.
    await expect(source.user.hideName('example.org', 'one-more')).rejects.toThrow(/At most/);
    await expect(source.user.setSiteEnabled('example.org', false, 'host')).rejects.toThrow(/At most/);

    const { target, bytes } = await restore(source.user);
    console.log(`[round-trip] largest export: ${bytes} bytes; import limit ${MAX_IMPORT_BYTES} bytes (${((100 * bytes) / MAX_IMPORT_BYTES).toFixed(1)}%)`);
    expect(MAX_IMPORT_BYTES).toBe(MAX_USER_DATA_FILE_BYTES);
    expect(bytes).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const state = await stateOf(target.user);
    expect(state.siteSettings).toHaveLength(USER_DATA_LIMITS.siteSettings);
    expect(state.hiddenNames).toHaveLength(USER_DATA_LIMITS.hiddenNames);
    expect(state).toEqual(await stateOf(source.user));
    await source.connector.close();
    await target.connector.close();
  }, 120_000);
});
