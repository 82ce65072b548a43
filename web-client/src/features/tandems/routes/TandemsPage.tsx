import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { Pagination } from '@/components/Pagination';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { useTandems } from '../api/get-tandems';
import { formatDate } from '@/lib/format';
import { TandemProgress } from '../components/TandemProgress';
import { STAFF_ROLES } from '../components/TandemsNavItem';
import { TandemStatusBadge } from '../components/TandemStatusBadge';
import '@/components/ui.css';
import '../tandems.css';

export const TANDEM_PAGE_SIZE = 20;

/** The tandems the caller may see (the API filters); the page lives in the address (?page=, one-based). */
export function TandemsPage() {
  const { t } = useTranslation('tandems');
  const auth = useAuth();
  const isStaff = auth.authenticated && STAFF_ROLES.some((role) => auth.hasRole(role));
  return (
    <div className="content">
      <PageHeading title={t('list.title')}>{t('list.title')}</PageHeading>
      <RequireRole>
        <p className="lead">{t('list.intro')}</p>
        {isStaff && (
          <p className="tandem-list__actions">
            <Link className="button" to="/tandems/suggest">
              {t('list.suggest')}
            </Link>
          </p>
        )}
        <TandemTable />
      </RequireRole>
    </div>
  );
}

function TandemTable() {
  const { t, i18n } = useTranslation('tandems');
  const [searchParams, setSearchParams] = useSearchParams();
  const fromUrl = Number.parseInt(searchParams.get('page') ?? '1', 10);
  const requested = Number.isFinite(fromUrl) && fromUrl > 1 ? fromUrl - 1 : 0;
  const tandems = useTandems({ page: requested, size: TANDEM_PAGE_SIZE });

  if (tandems.isPending) return <Loading label={t('list.loading')} />;
  if (tandems.isError) return <ErrorMessage error={tandems.error} />;
  const { items, totalItems, page, totalPages } = tandems.data;
  return (
    <div aria-busy={tandems.isFetching}>
      <p className="result-count" role="status">
        {items.length === 0 ? t('list.empty') : t('list.count', { count: totalItems })}
      </p>
      {items.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="tandems-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="tandems-caption" className="visually-hidden">
              {t('list.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('list.tandem')}</th>
                <th scope="col">{t('list.concept')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.progress')}</th>
                <th scope="col">{t('list.updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((tandem) => (
                <tr key={tandem.id}>
                  <th scope="row">
                    <Link to={`/tandems/${tandem.id}`}>
                      {t('list.pair', {
                        bestPractice: tandem.bestPracticeOrganisation.name,
                        tandem: tandem.tandemOrganisation.name,
                      })}
                    </Link>
                  </th>
                  <td>
                    <Link to={`/concepts/${tandem.conceptId}`}>{tandem.conceptTitle}</Link>
                  </td>
                  <td>
                    <TandemStatusBadge status={tandem.status} />
                  </td>
                  <td>
                    <TandemProgress percent={tandem.progressPercent} />
                  </td>
                  <td>{formatDate(tandem.updatedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={page}
        totalPages={totalPages}
        onPageChange={(next) => setSearchParams(next > 0 ? { page: String(next + 1) } : {})}
      />
    </div>
  );
}
