import { currentLocale } from '../../shared/i18n';

/** What the browser says about the extension's storage; null where it says nothing. */
export interface StorageInfo {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
  /** `navigator.storage.persist` exists here. */
  canPersist: boolean;
}

export type PersistResult = 'granted' | 'refused' | 'unavailable';

type StorageLike = Partial<Pick<StorageManager, 'estimate' | 'persisted' | 'persist'>>;

export async function readStorageInfo(storage: StorageLike | undefined = globalThis.navigator?.storage): Promise<StorageInfo> {
  const estimate = await storage?.estimate?.().catch(() => null);
  const persisted = await storage?.persisted?.().catch(() => null);
  return {
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    persisted: persisted ?? null,
    canPersist: typeof storage?.persist === 'function',
  };
}

/** Asks the browser to keep the data when space runs short: Firefox asks the user, Chrome decides itself. */
export async function requestPersistence(storage: StorageLike | undefined = globalThis.navigator?.storage): Promise<PersistResult> {
  if (typeof storage?.persist !== 'function') return 'unavailable';
  return (await storage.persist().catch(() => false)) ? 'granted' : 'refused';
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** 1234567 → "1.2 MB" in the interface's language (decimal units, as the browsers report quotas). */
export function formatBytes(bytes: number, locale = currentLocale()): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const options: Intl.NumberFormatOptions = { style: 'unit', unit: UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 };
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return new Intl.NumberFormat('en', options).format(value);
  }
}
