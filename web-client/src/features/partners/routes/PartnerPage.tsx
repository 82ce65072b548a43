import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { RecordStatus } from '@/components/RecordStatus';
import { usePartner } from '../api/get-partner';
import { PartnerProfileDetails } from '../components/PartnerProfileDetails';

export function PartnerPage() {
  const { t } = useTranslation('partners');
  const { id = '' } = useParams();
  const partner = usePartner(id);
  // One h1 from the start (focus moves to it on navigation); it shows the name once loaded.
  const title = partner.data?.name ?? t('profile.title');
  return (
    <div className="content content--narrow">
      <p className="back-link">
        <Link to="/partners">{t('profile.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {partner.isSuccess ? (
        <PartnerProfileDetails partner={partner.data} />
      ) : (
        <RecordStatus
          query={partner}
          loading={t('profile.loading')}
          notFound={t('profile.notFound')}
          notFoundStatuses={[400, 404]}
        />
      )}
    </div>
  );
}
