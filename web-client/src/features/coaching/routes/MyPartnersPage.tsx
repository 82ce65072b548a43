import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { ApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth-context';
import { useMyCoachProfile } from '@/api/get-my-coach-profile';
import { AssignmentList } from '../components/AssignmentList';
import { CoachingGate } from '../components/CoachingGate';
import '@/components/ui.css';
import '../coaching.css';

export function MyPartnersPage() {
  const { t } = useTranslation('coaching');
  return (
    <div className="content">
      <PageHeading title={t('myPartners.title')}>{t('myPartners.title')}</PageHeading>
      <p className="lead">{t('myPartners.intro')}</p>
      <CoachingGate role="coach">
        <MyAssignments />
      </CoachingGate>
    </div>
  );
}

function MyAssignments() {
  const { t } = useTranslation('coaching');
  const auth = useAuth();
  const profile = useMyCoachProfile({ enabled: auth.authenticated });
  if (profile.isPending) return <Loading label={t('myPartners.loading')} />;
  if (profile.isError) {
    if (profile.error instanceof ApiError && profile.error.status === 404) {
      return <p className="panel">{t('access.noProfile')}</p>;
    }
    return <ErrorMessage error={profile.error} />;
  }
  return <AssignmentList coachId={profile.data.id} />;
}
