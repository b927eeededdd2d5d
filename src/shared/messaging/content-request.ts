import * as v from 'valibot';
import { id, tabId } from './limits';
import type { PageSnapshot } from '../../extract/page-snapshot';

/** Requests the background or the popup send to a tab's content script. */
export const contentRequestSchema = v.variant('type', [
  /** Settings changed somewhere (site switch, pause, hidden names): re-read and apply. */
  v.strictObject({ type: v.literal('settingsChanged') }),
  /** The popup asks what this page has. */
  v.strictObject({ type: v.literal('getFindings') }),
  /** The popup asks to scroll to a mention and open its card. */
  v.strictObject({ type: v.literal('reveal'), entityId: id, index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.strictObject({ type: v.literal('getLocation'), tabId: v.optional(tabId) }),
  /** Keyboard shortcut (commands API): move to the next or previous mark. */
  v.strictObject({ type: v.literal('moveMark'), direction: v.picklist(['next', 'previous']) }),
  /** The corpus cards read changed (the reader's articles): forget the cards fetched so far. */
  v.strictObject({ type: v.literal('corpusChanged') }),
  /** "Save to Backstory": a bounded copy of the page, for the extension page to extract the article from (src/extract/page-snapshot.ts). */
  v.strictObject({ type: v.literal('snapshotPage') }),
]);

export type ContentRequest = v.InferOutput<typeof contentRequestSchema>;

export interface PageFinding {
  entityId: string;
  name: string;
  type: string;
  count: number;
}

export interface ContentResponses {
  settingsChanged: { active: boolean };
  getFindings: { url: string; active: boolean; onTopic: boolean; findings: PageFinding[] };
  reveal: { revealed: boolean; total: number };
  getLocation: { url: string };
  moveMark: { moved: boolean };
  snapshotPage: PageSnapshot;
  corpusChanged: { cleared: boolean };
}
