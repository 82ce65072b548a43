import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { Pagination } from '@/components/Pagination';
import { useConcepts } from '@/api/get-concepts';
import { formatDate } from '@/lib/format';
import { NewConceptButton } from '../components/NewConceptButton';
import { CONCEPT_STATUSES, type ConceptStatus } from '@/lib/concept-sections';
import { StatusBadge } from '../components/StatusBadge';
import '@/components/ui.css';
import '../concepts.css';

export const CONCEPT_PAGE_SIZE = 20;

type ListParams = { page: number; q: string; status?: ConceptStatus };

/** Filters and page live in the address (?q=&status=&page=, one-based), so they survive reloads and links. */
function useListParams(): [ListParams, (next: ListParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const fromUrl = Number.parseInt(searchParams.get('page') ?? '1', 10);
  const status = searchParams.get('status');
  const params: ListParams = {
    page: Number.isFinite(fromUrl) && fromUrl > 1 ? fromUrl - 1 : 0,
    q: searchParams.get('q') ?? '',
    status: (CONCEPT_STATUSES as string[]).includes(status ?? '') ? (status as ConceptStatus) : undefined,
  };
  const set = ({ page, q, status: nextStatus }: ListParams) => {
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    if (nextStatus) next.set('status', nextStatus);
    if (page > 0) next.set('page', String(page + 1));
    setSearchParams(next);
  };
  return [params, set];
}

export function ConceptsPage() {
  const { t } = useTranslation('concepts');
  const [params, setParams] = useListParams();
  return (
    <div className="content">
      <PageHeading title={t('list.title')}>{t('list.title')}</PageHeading>
      <p className="lead">{t('list.intro')}</p>
      <div className="concept-list__actions">
        <NewConceptButton />
      </div>
      <div className="concept-filters">
        <SearchBox q={params.q} onSearch={(q) => setParams({ ...params, q, page: 0 })} />
        <StatusFilter value={params.status} onChange={(status) => setParams({ ...params, status, page: 0 })} />
      </div>
      <ConceptTable params={params} onPageChange={(page) => setParams({ ...params, page })} />
    </div>
  );
}

function SearchBox({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('concepts');
  const [value, setValue] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    setValue(q);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" className="search-box" aria-label={t('list.search')} onSubmit={submit}>
      <label htmlFor="concept-search">{t('list.search')}</label>
      <p id="concept-search-hint" className="field__hint">
        {t('list.searchHint')}
      </p>
      <div className="search-box__row">
        <input
          id="concept-search"
          type="search"
          name="q"
          maxLength={200}
          aria-describedby="concept-search-hint"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button">
          {t('list.searchButton')}
        </button>
      </div>
    </form>
  );
}

function StatusFilter({ value, onChange }: { value?: ConceptStatus; onChange: (status?: ConceptStatus) => void }) {
  const { t } = useTranslation('concepts');
  return (
    <div className="sort-select">
      <label htmlFor="concept-status">{t('list.status')}</label>
      <select
        id="concept-status"
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || undefined) as ConceptStatus | undefined)}
      >
        <option value="">{t('list.allStatuses')}</option>
        {CONCEPT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function ConceptTable({ params, onPageChange }: { params: ListParams; onPageChange: (page: number) => void }) {
  const { t, i18n } = useTranslation('concepts');
  const concepts = useConcepts({ page: params.page, size: CONCEPT_PAGE_SIZE, q: params.q || undefined, status: params.status });

  if (concepts.isPending) return <Loading label={t('list.loading')} />;
  if (concepts.isError) return <ErrorMessage error={concepts.error} />;
  const { items, totalItems, page, totalPages } = concepts.data;
  return (
    <div aria-busy={concepts.isFetching}>
      <p className="result-count" role="status">
        {items.length === 0 ? t('list.empty') : t('list.count', { count: totalItems })}
      </p>
      {items.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="concepts-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="concepts-caption" className="visually-hidden">
              {t('list.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('list.concept')}</th>
                <th scope="col">{t('list.organisation')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.version')}</th>
                <th scope="col">{t('list.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((concept) => (
                <tr key={concept.id}>
                  <th scope="row">
                    <Link to={`/concepts/${concept.id}`}>{concept.title}</Link>
                  </th>
                  <td>{concept.organisationName}</td>
                  <td>
                    <StatusBadge status={concept.status} />
                  </td>
                  <td>
                    {concept.currentVersionNumber > 0 ? concept.currentVersionNumber : t('list.noVersion')}
                  </td>
                  <td>{formatDate(concept.updatedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} totalPages={totalPages} onPageChange={onPageChange} />
    </div>
  );
}
