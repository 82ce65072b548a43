import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { useAuth } from '@/lib/auth-context';
import { useManualIndicators } from '../api/get-indicators';
import { useMetricScopes } from '../api/get-metric-scopes';
import { MeasurementForm } from '../components/MeasurementForm';
import { PeriodList } from '../components/PeriodList';
import '@/components/ui.css';
import '../metrics.css';

/** Coordinators and admins enter figures and move reporting periods through their workflow. */
export const MANAGE_ROLES = ['coordinator', 'admin'] as const;

export function useCanManageMetrics(): boolean {
  const auth = useAuth();
  return auth.authenticated && MANAGE_ROLES.some((role) => auth.hasRole(role));
}

export function OutreachManagePage() {
  const { t } = useTranslation('metrics');
  const canManage = useCanManageMetrics();
  const indicators = useManualIndicators({ enabled: canManage });
  const scopes = useMetricScopes({ enabled: canManage });
  return (
    <div className="outreach">
      <PageHeading title={t('manage.title')}>{t('manage.title')}</PageHeading>
      <p>
        <Link to="/outreach">{t('title')}</Link>
      </p>
      {!canManage ? (
        <p className="message">{t('manage.forbidden')}</p>
      ) : (
        <>
          {(indicators.isPending || scopes.isPending) && <Loading label={t('loading')} />}
          {indicators.isError && <ErrorMessage error={indicators.error} />}
          {scopes.isError && <ErrorMessage error={scopes.error} />}
          {indicators.data && scopes.data && <MeasurementForm indicators={indicators.data} scopes={scopes.data} />}
          <PeriodList />
        </>
      )}
    </div>
  );
}
