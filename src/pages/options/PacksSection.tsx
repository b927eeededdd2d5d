import { FilePicker } from '../../shared/ui/FilePicker';
import { PACK_EXTENSION } from '../../pack/format';
import { t, tParts } from '../../shared/i18n';
import { errorText, failureText } from '../../shared/ui/failure-text';
import type { Failure } from '../../model/errors';
import type { PackProblem } from '../../pack';
import { fileProblemText } from '../../shared/ui/file-problem-text';
import type { Notice } from './OptionsView';

export type PackImportState =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string; linesRead: number; total?: number }
  | { kind: 'writing'; name: string; done: number; total: number }
  /** The file was refused: every problem, with its file and line. Nothing was written. */
  | { kind: 'refused'; name: string; problems: PackProblem[] }
  | { kind: 'imported'; name: string; added: number; duplicates: number }
  | { kind: 'failed'; name: string; error: string; failure?: Failure };

export interface PacksSectionProps {
  importState: PackImportState;
  exportNotice: Notice | null;
  busy: boolean;
  onImportFile(file: File): void;
  onExport(): void;
}

/**
 * Options page, "Corpus packs": import a .backstory file with progress, export the reader's saved articles.
 * Every name from a file (the file's, the pack's) sits in a <bdi> inside the sentence: whatever direction
 * its characters have, the sentence around it keeps its own order.
 */
export function PacksSection(props: PacksSectionProps) {
  const s = props.importState;
  return (
    <section aria-labelledby="bs-packs-title">
      <h2 id="bs-packs-title">{t('options_packs')}</h2>
      <p class="bs-muted">{t('options_packs_note')}</p>
      <div class="bs-data-actions">
        <FilePicker label={t('options_pack_import')} accept={`${PACK_EXTENSION},application/zip`} disabled={props.busy} onFile={props.onImportFile} />
        <button type="button" disabled={props.busy} onClick={props.onExport}>
          {t('options_pack_export')}
        </button>
        <a href="articles.html">{t('your_articles')}</a>
      </div>
      {s.kind === 'checking' && (
        <div class="bs-pack-progress" role="status">
          <span>
            {tParts('options_pack_checking', { name: <bdi>{s.name}</bdi> })} {t('options_pack_lines', { count: s.linesRead })}
          </span>
          <progress aria-label={t('options_pack_progress')} value={s.total ? s.linesRead : undefined} max={s.total} />
        </div>
      )}
      {s.kind === 'writing' && (
        <div class="bs-pack-progress" role="status">
          <span>{t('options_pack_writing', { done: s.done, total: s.total })}</span>
          <progress aria-label={t('options_pack_progress')} value={s.done} max={s.total} />
        </div>
      )}
      {s.kind === 'refused' && (
        <div class="bs-banner bs-banner-error" role="alert">
          <p>{tParts('options_pack_refused', { count: s.problems.length, name: <bdi>{s.name}</bdi> })}</p>
          <ul class="bs-pack-problems">
            {s.problems.map((problem, i) => (
              <li key={i}>
                <bdi dir="ltr">{problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file}</bdi>: {fileProblemText(problem)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.kind === 'imported' && (
        <p class="bs-banner bs-banner-ok" role="status">
          {tParts('options_pack_imported', { count: s.added, duplicates: s.duplicates, name: <bdi>{s.name}</bdi> })}
        </p>
      )}
      {s.kind === 'failed' && (
        <p class="bs-banner bs-banner-error" role="alert">
          {tParts('options_pack_failed', { error: s.failure ? failureText(s.failure) : errorText(s.error), name: <bdi>{s.name}</bdi> })}
        </p>
      )}
      {props.exportNotice && (
        <p class={`bs-banner ${props.exportNotice.kind === 'error' ? 'bs-banner-error' : 'bs-banner-ok'}`} role={props.exportNotice.kind === 'error' ? 'alert' : 'status'}>
          {props.exportNotice.text}
        </p>
      )}
    </section>
  );
}
