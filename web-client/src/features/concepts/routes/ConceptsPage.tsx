import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { SearchBox } from '@/components/SearchBox';
import { readPage } from '@/lib/page-param';
import { useConcepts } from '@/api/get-concepts';
import { formatDate } from '@/lib/format';
import { NewConceptButton } from '../components/NewConceptButton';
import { CONCEPT_STATUSES, type ConceptStatus } from '@/lib/concept-sections';
import { StatusBadge } from '../components/StatusBadge';
import { Options } from '@/components/form/Options';
import '@/components/ui.css';
import '../concepts.css';

export const CONCEPT_PAGE_SIZE = 20;

type ListParams = { page: number; q: string; status?: ConceptStatus };

/** Filters and page live in the address (?q=&status=&page=, one-based), so they survive reloads and links. */
function useListParams(): [ListParams, (next: ListParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = searchParams.get('status');
  const params: ListParams = {
    page: readPage(searchParams),
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
        <SearchBox
          id="concept-search"
          label={t('list.search')}
          hint={t('list.searchHint')}
          buttonLabel={t('list.searchButton')}
          q={params.q}
          onSearch={(q) => setParams({ ...params, q, page: 0 })}
        />
        <StatusFilter value={params.status} onChange={(status) => setParams({ ...params, status, page: 0 })} />
      </div>
      <ConceptTable params={params} onPageChange={(page) => setParams({ ...params, page })} />
    </div>
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
        <Options values={CONCEPT_STATUSES} label={(status) => t(`status.${status}`)} />
      </select>
    </div>
  );
}

function ConceptTable({ params, onPageChange }: { params: ListParams; onPageChange: (page: number) => void }) {
  const { t, i18n } = useTranslation('concepts');
  const concepts = useConcepts({ page: params.page, size: CONCEPT_PAGE_SIZE, q: params.q || undefined, status: params.status });

  return (
    <PagedResults
      query={concepts}
      loading={t('list.loading')}
      empty={t('list.empty')}
      count={(count) => t('list.count', { count })}
      onPageChange={onPageChange}
    >
      {(items) => (
        <DataTable
          captionId="concepts-caption"
          caption={t('list.caption')}
          captionHidden
          columns={[
            { label: t('list.concept') },
            { label: t('list.organisation') },
            { label: t('list.status') },
            { label: t('list.version') },
            { label: t('list.updatedAt') },
          ]}
        >
          {items.map((concept) => (
            <tr key={concept.id}>
              <th scope="row">
                <Link to={`/concepts/${concept.id}`}>{concept.title}</Link>
              </th>
              <td>{concept.organisationName}</td>
              <td>
                <StatusBadge status={concept.status} />
              </td>
              <td>{concept.currentVersionNumber > 0 ? concept.currentVersionNumber : t('list.noVersion')}</td>
              <td>{formatDate(concept.updatedAt, i18n.language)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </PagedResults>
  );
}
