import type { MetaTags } from '../meta-tags';
import { printedDays } from './date-text';

/**
 * A day the page's title states ("Bericht zur Coronalage vom 22.04.2020", "… | DW | 23.05.2011"): a
 * report named by its day, or a site that signs its titles with it. Only one whole day, not an update's,
 * never a span of days, and only the `<title>` or og:title: a last resort when the page states its date nowhere else.
 */
export function findTitleDate(doc: Document, meta: MetaTags, language: string | undefined, reference: Date): string | undefined {
  const titles = [doc.title ?? '', meta.get('og:title') ?? ''].map((t) => t.slice(0, 300));
  const printed = titles.flatMap((title) => printedDays(title, language, reference));
  if (printed.some((d) => d.range)) return undefined;
  const days = new Set(printed.filter((d) => !d.updated).map((d) => d.day));
  const [only] = days;
  return days.size === 1 && only !== undefined && Date.parse(only) <= reference.getTime() + 86_400_000 ? only : undefined;
}
