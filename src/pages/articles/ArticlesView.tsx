import { useState } from 'preact/hooks';
import type { ArticleChanges, PackSummary, UserArticleSummary, UserCorpusState } from '../../model/user-article';
import { corpusProblemText } from '../../shared/i18n/corpus-problem';
import { formatDay, t, tParts } from '../../shared/i18n';
import { ArticleRow } from './ArticleRow';
import { filterArticles, sortArticles } from './filter-articles';

export interface ArticlesData {
  articles: UserArticleSummary[];
  packs: PackSummary[];
  corpus: UserCorpusState;
}

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export interface ArticlesViewProps {
  data: ArticlesData | null;
  loadError: string | null;
  notice: Notice | null;
  /** A removal that can still be undone: its notice carries the Undo button. */
  undo: { title: string } | null;
  busy: boolean;
  onUpdate(id: string, changes: ArticleChanges): Promise<boolean>;
  onRemove(article: UserArticleSummary): void;
  onUndo(): void;
  onRemovePack(pack: PackSummary): void;
}

/** "Your articles": what the reader saved and imported, searchable, each editable and removable with undo. */
export function ArticlesView(props: ArticlesViewProps) {
  const { data, busy } = props;
  const [query, setQuery] = useState('');
  const packNames = new Map((data?.packs ?? []).map((p) => [p.id, p.name]));
  const shown = data ? sortArticles(filterArticles(data.articles, data.packs, query)) : [];

  return (
    <main class="bs-articles">
      <header class="bs-articles-header">
        <h1>{t('your_articles')}</h1>
        <a href="options.html">{t('popup_settings')}</a>
      </header>
      <p class="bs-muted">{t('articles_intro')}</p>
      {props.undo ? (
        <p class="bs-banner bs-banner-ok bs-undo" role="status">
          {tParts('articles_removed', { title: <bdi>{props.undo.title}</bdi> })}{' '}
          <button type="button" onClick={props.onUndo} disabled={busy}>
            {t('articles_undo')}
          </button>
        </p>
      ) : (
        props.notice && (
          <p class={`bs-banner ${props.notice.kind === 'error' ? 'bs-banner-error' : 'bs-banner-ok'}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
            {props.notice.text}
          </p>
        )
      )}
      {props.loadError && (
        <p class="bs-banner bs-banner-error" role="alert">
          {t('articles_load_error', { error: props.loadError })}
        </p>
      )}
      {data?.corpus.pending && (
        <p class="bs-banner bs-banner-warning" role="status">
          {t('articles_pending')}
        </p>
      )}
      {data?.corpus.problem && (
        <p class="bs-banner bs-banner-error" role="alert">
          {t('articles_problem', { problem: corpusProblemText(data.corpus.problem) })}
        </p>
      )}

      <section aria-labelledby="bs-articles-list-title">
        <h2 id="bs-articles-list-title">{data ? t('articles', { count: data.articles.length }) : t('your_articles')}</h2>
        {data === null ? (
          !props.loadError && <p class="bs-muted">{t('articles_loading')}</p>
        ) : data.articles.length === 0 ? (
          <p class="bs-muted">{t('articles_empty')}</p>
        ) : (
          <>
            <label class="bs-articles-filter">
              <span>{t('articles_filter')}</span>
              <input type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
            </label>
            {shown.length === 0 ? (
              <p class="bs-muted">{t('articles_no_match', { query })}</p>
            ) : (
              <ul class="bs-article-list">
                {shown.map((a) => (
                  <ArticleRow
                    key={a.id}
                    article={a}
                    packName={a.packId ? (packNames.get(a.packId) ?? null) : null}
                    busy={busy}
                    onUpdate={props.onUpdate}
                    onRemove={props.onRemove}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      {data && <PackList packs={data.packs} busy={busy} onRemovePack={props.onRemovePack} />}
    </main>
  );
}

function PackList({ packs, busy, onRemovePack }: { packs: PackSummary[]; busy: boolean; onRemovePack(pack: PackSummary): void }) {
  // Removing a pack removes every article that came with it: asked once more, in place.
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section aria-labelledby="bs-packs-title">
      <h2 id="bs-packs-title">{t('articles_packs')}</h2>
      {packs.length === 0 ? (
        <p class="bs-muted">{t('articles_packs_empty')}</p>
      ) : (
        <ul class="bs-rows">
          {packs.map((p) => (
            <li key={p.id}>
              {confirming === p.id ? (
                <>
                  <span role="alert">{tParts('articles_remove_pack_confirm', { name: <bdi>{p.name}</bdi> })}</span>
                  <span class="bs-article-actions">
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => {
                        setConfirming(null);
                        onRemovePack(p);
                      }}
                    >
                      {t('articles_remove_pack_yes')}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t('save_cancel')}
                    </button>
                  </span>
                </>
              ) : (
                <>
                  <span>
                    <bdi>
                      <strong>{p.name}</strong>
                    </bdi>{' '}
                    <span class="bs-muted">{t('articles_pack_info', { count: p.articles, date: formatDay(new Date(p.importedAt).toISOString().slice(0, 10)) })}</span>
                  </span>
                  <button type="button" disabled={busy} aria-label={t('articles_remove_pack_label', { name: p.name })} onClick={() => setConfirming(p.id)}>
                    {t('articles_remove_pack')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
