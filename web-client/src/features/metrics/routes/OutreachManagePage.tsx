import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { useAuth } from '@/lib/auth-context';
import { useIndicators } from '../api/get-indicators';
import { useReportingPeriods } from '../api/get-reporting-periods';
import { useMetricScopes } from '../api/get-metric-scopes';
import { MeasurementForm } from '../components/MeasurementForm';
import { PeriodCreateForm } from '../components/PeriodCreateForm';
import { PeriodFigures } from '../components/PeriodFigures';
import { PeriodList } from '../components/PeriodList';
import '@/components/ui.css';
import '../metrics.css';

/** Coordinators and admins enter figures and move reporting periods through their workflow. */
export const MANAGE_ROLES = ['coordinator', 'admin'] as const;

/** The outreach administration screens, each under /outreach/manage/. */
export const ADMIN_SCREENS = ['indicators', 'scopes', 'targets', 'narratives'] as const;

export function useCanManageMetrics(): boolean {
  const auth = useAuth();
  return auth.authenticated && MANAGE_ROLES.some((role) => auth.hasRole(role));
}

export function OutreachManagePage() {
  const { t } = useTranslation('metrics');
  const canManage = useCanManageMetrics();
  const indicators = useIndicators({ enabled: canManage });
  const scopes = useMetricScopes({ enabled: canManage });
  const periods = useReportingPeriods({ enabled: canManage });
  const manual = indicators.data?.filter((indicator) => indicator.source === 'MANUAL');
  return (
    <div className="outreach">
      <PageHeading title={t('manage.title')}>{t('manage.title')}</PageHeading>
      <nav aria-label={t('manage.admin.nav')}>
        <ul className="outreach-admin-links">
          <li>
            <Link to="/outreach">{t('title')}</Link>
          </li>
          {canManage &&
            ADMIN_SCREENS.map((screen) => (
              <li key={screen}>
                <Link to={`/outreach/manage/${screen}`}>{t(`manage.admin.${screen}.title`)}</Link>
              </li>
            ))}
        </ul>
      </nav>
      {!canManage ? (
        <p className="message">{t('manage.forbidden')}</p>
      ) : (
        <>
          {(indicators.isPending || scopes.isPending) && <Loading label={t('loading')} />}
          {indicators.isError && <ErrorMessage error={indicators.error} />}
          {scopes.isError && <ErrorMessage error={scopes.error} />}
          {periods.isError && <ErrorMessage error={periods.error} />}
          <PeriodCreateForm />
          <PeriodList />
          {indicators.data && scopes.data && periods.data && (
            <PeriodFigures periods={periods.data} scopes={scopes.data} indicators={indicators.data} />
          )}
          {manual && scopes.data && (
            <MeasurementForm indicators={manual} scopes={scopes.data.filter((scope) => !scope.archived)} />
          )}
        </>
      )}
    </div>
  );
}
