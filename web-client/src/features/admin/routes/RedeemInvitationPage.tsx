import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RequireRole } from '@/components/RequireRole';
import { useRedeemInvitation } from '../api/invitations';
import '../admin.css';

/** The invitation link: the signed-in person accepts it and then belongs to the organisation. */
export function RedeemInvitationPage() {
  const { t } = useTranslation('admin');
  const { code = '' } = useParams();
  const redeem = useRedeemInvitation();
  return (
    <div className="content">
      <PageHeading title={t('redeem.title')}>{t('redeem.title')}</PageHeading>
      <RequireRole messages={{ loginRequired: t('redeem.loginRequired') }}>
        {redeem.isSuccess ? (
          <div className="panel admin-result" role="status">
            <p className="admin-result__title">{t('redeem.done', { organisation: redeem.data.organisation.name })}</p>
            <p>
              <Link to="/my-organisation">{t('redeem.toOrganisation')}</Link>
            </p>
          </div>
        ) : (
          <>
            <p className="lead">{t('redeem.intro')}</p>
            {redeem.isError && (
              <ProblemAlert
                error={redeem.error}
                messages={{ 403: t('redeem.wrongRole'), 404: t('redeem.unknown'), 409: t('redeem.used') }}
              />
            )}
            <button type="button" className="button" disabled={redeem.isPending} onClick={() => redeem.mutate(code)}>
              {t('redeem.accept')}
            </button>
          </>
        )}
      </RequireRole>
    </div>
  );
}
