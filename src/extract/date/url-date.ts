import { isIsoDay } from '../../model/user-article';

/**
 * The day in the article's address: "/2020/04/13/", "/2020-04-13-title", "/20200413/". Only a full day
 * counts: "/2020/04/" names a month of articles.
 */
const SEPARATED = /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/;
const COMPACT = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/)/;

export function dayInUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = SEPARATED.exec(path) ?? COMPACT.exec(path);
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDay(day) ? day : undefined;
}
