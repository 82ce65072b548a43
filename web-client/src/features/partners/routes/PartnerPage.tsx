import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { ApiError } from '@/lib/api/problem';
import { usePartner } from '../api/get-partner';
import { PartnerProfileDetails } from '../components/PartnerProfileDetails';

export function PartnerPage() {
  const { t } = useTranslation('partners');
  const { id = '' } = useParams();
  const partner = usePartner(id);
  const notFound = partner.error instanceof ApiError && (partner.error.status === 404 || partner.error.status === 400);
  // One h1 from the start (focus moves to it on navigation); it shows the name once loaded.
  const title = partner.data?.name ?? t('profile.title');
  return (
    <div className="content content--narrow">
      <p className="back-link">
        <Link to="/partners">{t('profile.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {partner.isPending ? (
        <Loading label={t('profile.loading')} />
      ) : notFound ? (
        <p className="message message--error" role="alert">
          {t('profile.notFound')}
        </p>
      ) : partner.isError ? (
        <ErrorMessage error={partner.error} />
      ) : (
        <PartnerProfileDetails partner={partner.data} />
      )}
    </div>
  );
}
