import { useTranslation } from 'react-i18next';
import { DirectoryFilterForm } from '@/components/DirectoryFilterForm';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { Pagination } from '@/components/Pagination';
import { RequireRole } from '@/components/RequireRole';
import { SortSelect } from '@/components/SortSelect';
import type { DirectoryFilters } from '@/lib/directory-filters';
import { PROGRAMME_ROLES } from '@/lib/enums';
import { useDirectoryFilters } from '@/lib/use-directory-filters';
import { useOrganisations } from '../api/get-organisations';
import { CsvDownloadButton } from '../components/CsvDownloadButton';
import { OrganisationTable } from '../components/OrganisationTable';
import { LIST_ROLES } from './OrganisationPage';

export const ORGANISATION_PAGE_SIZE = 20;

function OrganisationResults({
  filters,
  page,
  onFiltersChange,
  onPageChange,
}: {
  filters: DirectoryFilters;
  page: number;
  onFiltersChange: (filters: DirectoryFilters) => void;
  onPageChange: (page: number) => void;
}) {
  const { t } = useTranslation('organisations');
  const organisations = useOrganisations({ filters, page, size: ORGANISATION_PAGE_SIZE });
  return (
    <div className="directory">
      <DirectoryFilterForm filters={filters} onChange={onFiltersChange} programmeRoles={PROGRAMME_ROLES} />
      <section className="directory__results" aria-labelledby="results-heading" aria-busy={organisations.isFetching}>
        <h2 id="results-heading" className="visually-hidden">
          {t('list.results')}
        </h2>
        <div className="results-toolbar">
          <p className="result-count" aria-live="polite" aria-atomic="true">
            {organisations.data ? t('list.count', { count: organisations.data.totalItems }) : ''}
          </p>
          <SortSelect id="organisations-sort" value={filters.sort} onChange={(sort) => onFiltersChange({ ...filters, sort })} />
        </div>
        <CsvDownloadButton filters={filters} />
        {organisations.isPending ? (
          <Loading label={t('list.loading')} />
        ) : organisations.isError ? (
          <ErrorMessage error={organisations.error} />
        ) : organisations.data.items.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <>
            <OrganisationTable data={organisations.data} />
            <Pagination page={organisations.data.page} totalPages={organisations.data.totalPages} onPageChange={onPageChange} />
          </>
        )}
      </section>
    </div>
  );
}

export function OrganisationsPage() {
  const { t } = useTranslation('organisations');
  const { filters, page, setFilters, setPage } = useDirectoryFilters();
  return (
    <div className="content">
      <PageHeading title={t('list.title')}>{t('list.title')}</PageHeading>
      <p className="lead">{t('list.intro')}</p>
      <RequireRole roles={LIST_ROLES}>
        <OrganisationResults filters={filters} page={page} onFiltersChange={setFilters} onPageChange={setPage} />
      </RequireRole>
    </div>
  );
}
