import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { readPage } from '@/lib/page-param';
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
  const tandems = useTandems({ page: readPage(searchParams), size: TANDEM_PAGE_SIZE });

  return (
    <PagedResults
      query={tandems}
      loading={t('list.loading')}
      empty={t('list.empty')}
      count={(count) => t('list.count', { count })}
      onPageChange={(next) => setSearchParams(next > 0 ? { page: String(next + 1) } : {})}
    >
      {(items) => (
        <DataTable
          captionId="tandems-caption"
          caption={t('list.caption')}
          captionHidden
          columns={[
            { label: t('list.tandem') },
            { label: t('list.concept') },
            { label: t('list.status') },
            { label: t('list.progress') },
            { label: t('list.updatedAt') },
          ]}
        >
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
                {tandem.overdueMilestones > 0 && (
                  <span className="status-badge milestone-overdue">{t('list.overdue', { count: tandem.overdueMilestones })}</span>
                )}
              </td>
              <td>
                <TandemProgress percent={tandem.progressPercent} />
              </td>
              <td>{formatDate(tandem.updatedAt, i18n.language)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </PagedResults>
  );
}
