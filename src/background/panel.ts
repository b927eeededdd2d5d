import { keepPreparedArticlesIn, readPageInContext, type PageContext } from '../corpus/context';
import type { RequestOf } from '../shared/messaging/background-request';
export { openPanel } from '../shared/ui/open-panel';
import { getCorpus, loadSeedFiles } from './corpus-access';
import { createPanelStageDb } from './panel-stage-db';

// The corpus articles the panel prepares outlive the worker: the first read after a start reads them back.
keepPreparedArticlesIn(createPanelStageDb());

export const PANEL_MENU_ID = 'open-panel';
export const PANEL_COMMAND = 'open-panel';

/** The page's article against the corpus served now: compiled in memory here, never stored. */
export async function readPageHandler(request: RequestOf<'readPageInContext'>): Promise<PageContext> {
  const [seedFiles, corpus] = await Promise.all([loadSeedFiles(), getCorpus()]);
  return readPageInContext(request.page, { seedFiles, source: corpus.source });
}
