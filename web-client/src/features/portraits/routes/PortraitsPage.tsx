import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { SearchBox } from '@/components/SearchBox';
import { readPage } from '@/lib/page-param';
import { useStateName } from '@/lib/use-state-name';
import { usePortraits, type GermanState, type PortraitSummary } from '../api/get-portraits';
import '@/components/ui.css';

const STATES: GermanState[] = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'];
const PAGE_SIZE = 20;

/** Creative portraits (#flächenglühen): search (?q=), state and tag filters, page (?page=, one-based). */
export function PortraitsPage() {
  const { t } = useTranslation('portraits');
  const stateName = useStateName();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const stateParam = searchParams.get('state') ?? '';
  const state = (STATES as string[]).includes(stateParam) ? (stateParam as GermanState) : undefined;
  const tag = searchParams.get('tag') || undefined;
  const page = readPage(searchParams);
  const set = (next: { q?: string; state?: string; tag?: string; page?: number }) => {
    const merged = { q, state, tag, page: 0, ...next };
    const params = new URLSearchParams();
    if (merged.q) params.set('q', merged.q);
    if (merged.state) params.set('state', merged.state);
    if (merged.tag) params.set('tag', merged.tag);
    if (merged.page > 0) params.set('page', String(merged.page + 1));
    setSearchParams(params);
  };
  const query = usePortraits({ page, size: PAGE_SIZE, q: q || undefined, state, tag });
  return (
    <div className="content">
      <PageHeading title={t('list.title')}>{t('list.title')}</PageHeading>
      <p className="lead">{t('list.intro')}</p>
      <p>
        <a href={`${apiBase()}/api/v1/portraits/feed.atom`}>{t('list.feed')}</a>
      </p>
      <div className="filters">
        <SearchBox
          id="portrait-search"
          label={t('list.search')}
          hint={t('list.searchHint')}
          buttonLabel={t('list.searchButton')}
          q={q}
          onSearch={(value) => set({ q: value })}
        />
        <div className="field">
          <label htmlFor="portrait-state">{t('list.state')}</label>
          <select id="portrait-state" value={state ?? ''} onChange={(e) => set({ state: e.target.value || undefined })}>
            <option value="">{t('list.allStates')}</option>
            {STATES.map((code) => (
              <option key={code} value={code}>
                {stateName(code)}
              </option>
            ))}
          </select>
        </div>
        {tag && (
          <p>
            {t('list.tag', { tag })}{' '}
            <button type="button" className="button button--secondary" onClick={() => set({ tag: undefined })}>
              {t('list.clearTag')}
            </button>
          </p>
        )}
      </div>
      <section aria-labelledby="portraits-heading">
        <h2 id="portraits-heading">{t('list.results')}</h2>
        <PagedResults
          query={query}
          loading={t('list.loading')}
          empty={t('list.empty')}
          count={(n) => t('list.count', { count: n })}
          page={page}
          onPageChange={(next) => set({ page: next })}
        >
          {(items: PortraitSummary[]) => (
            <ul className="card-list">
              {items.map((portrait) => (
                <li key={portrait.id} className="card">
                  <h3>
                    <Link to={`/portraits/${portrait.id}`}>{portrait.title}</Link>
                  </h3>
                  <p>
                    {portrait.town}, {stateName(portrait.state)}
                    {portrait.hasVideo && <> · {t('list.video')}</>}
                    {portrait.status === 'DRAFT' && <> · {t('status.DRAFT')}</>}
                  </p>
                  {portrait.snippet ? (
                    // The API escapes everything but the <mark> of the match.
                    <p className="snippet" dangerouslySetInnerHTML={{ __html: portrait.snippet }} />
                  ) : (
                    <p>{portrait.teaser}</p>
                  )}
                  <p className="tags">
                    {portrait.tags.map((item) => (
                      <button key={item} type="button" className="link-button" onClick={() => set({ tag: item })}>
                        {item}
                      </button>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </PagedResults>
      </section>
    </div>
  );
}

/** The API's base address, for links the browser follows itself (feeds). */
export function apiBase(): string {
  const config = (window as { __KREATIVLAND_CONFIG__?: { apiUrl?: string } }).__KREATIVLAND_CONFIG__;
  return (config?.apiUrl ?? '').replace(/\/+$/, '');
}
