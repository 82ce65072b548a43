import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { useMe } from '@/api/get-me';
import { OrganisationCoachingPanel } from '@/features/coaching/components/OrganisationCoachingPanel';
import { OrganisationEditor } from '@/features/organisations/components/OrganisationEditor';
import { useAuth } from '@/lib/auth-context';

/**
 * Composes three features: the signed-in user's organisation (account), its edit form (organisations) and, for its
 * partner members, its coaching hours per topic and the sessions held (coaching).
 */
export function MyOrganisationPage() {
  const { t } = useTranslation('organisations');
  const auth = useAuth();
  const me = useMe({ enabled: auth.authenticated });
  return (
    <div className="content content--narrow">
      <PageHeading title={t('mine.title')}>{t('mine.title')}</PageHeading>
      <RequireRole>
        <p className="lead">{t('mine.intro')}</p>
        {me.isPending ? (
          <Loading label={t('mine.loading')} />
        ) : me.isError ? (
          <ErrorMessage error={me.error} />
        ) : me.data.organisation ? (
          <>
            <OrganisationEditor organisationId={me.data.organisation.id} />
            {auth.hasRole('partner') && <OrganisationCoachingPanel organisationId={me.data.organisation.id} />}
          </>
        ) : (
          <p className="panel">{t('mine.noOrganisation')}</p>
        )}
      </RequireRole>
    </div>
  );
}
