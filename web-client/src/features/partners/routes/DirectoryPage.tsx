import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DirectoryFilterForm } from '@/components/DirectoryFilterForm';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { SortSelect } from '@/components/SortSelect';
import { PUBLIC_PROGRAMME_ROLES } from '@/lib/enums';
import { useDirectoryFilters } from '@/lib/use-directory-filters';
import { usePartners } from '@/api/get-partners';
import { PartnerCardList } from '../components/PartnerCardList';

export const DIRECTORY_PAGE_SIZE = 12;

// Leaflet is loaded only when somebody opens the map.
const PartnerMapView = lazy(() => import('../components/PartnerMapView'));

type View = 'list' | 'map';

export function DirectoryPage() {
  const { t } = useTranslation(['partners', 'common']);
  const { filters, page, searchParams, setFilters, setPage, setSearchParams } = useDirectoryFilters(PUBLIC_PROGRAMME_ROLES);
  const view: View = searchParams.get('view') === 'map' ? 'map' : 'list';
  const partners = usePartners({ filters, page, size: DIRECTORY_PAGE_SIZE });

  const setView = (next: View) => {
    const params = new URLSearchParams(searchParams);
    if (next === 'map') params.set('view', 'map');
    else params.delete('view');
    setSearchParams(params);
  };

  return (
    <div className="content">
      <PageHeading title={t('partners:directory.title')}>{t('partners:directory.title')}</PageHeading>
      <p className="lead">{t('partners:directory.intro')}</p>
      <div className="directory">
        <DirectoryFilterForm filters={filters} onChange={setFilters} programmeRoles={PUBLIC_PROGRAMME_ROLES} />
        <section className="directory__results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            {t('partners:directory.results')}
          </h2>
          <div className="results-toolbar">
            {/* Always rendered, so that screen readers announce each new count. */}
            <p className="result-count" aria-live="polite" aria-atomic="true">
              {partners.data ? t('partners:directory.count', { count: partners.data.totalItems }) : ''}
            </p>
            <SortSelect id="directory-sort" value={filters.sort} onChange={(sort) => setFilters({ ...filters, sort })} />
            <div className="view-toggle" role="group" aria-label={t('partners:directory.view')}>
              <button
                type="button"
                className="button button--toggle"
                aria-pressed={view === 'list'}
                onClick={() => setView('list')}
              >
                {t('partners:directory.listView')}
              </button>
              <button
                type="button"
                className="button button--toggle"
                aria-pressed={view === 'map'}
                onClick={() => setView('map')}
              >
                {t('partners:directory.mapView')}
              </button>
            </div>
          </div>
          {view === 'map' ? (
            <Suspense fallback={<Loading label={t('partners:directory.mapLoading')} />}>
              <PartnerMapView filters={filters} />
            </Suspense>
          ) : partners.isPending ? (
            <Loading label={t('partners:loading')} />
          ) : partners.isError ? (
            <ErrorMessage error={partners.error} />
          ) : partners.data.items.length === 0 ? (
            <p>{t('partners:directory.empty')}</p>
          ) : (
            <PartnerCardList data={partners.data} busy={partners.isFetching} onPageChange={setPage} />
          )}
        </section>
      </div>
    </div>
  );
}
