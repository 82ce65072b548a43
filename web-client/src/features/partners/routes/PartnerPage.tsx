import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { RecordStatus } from '@/components/RecordStatus';
import { usePartner } from '../api/get-partner';
import { PartnerProfileDetails } from '../components/PartnerProfileDetails';
import { BackLink } from '@/components/BackLink';

/** The public profile; {@code related} shows what other features hold about the organisation (e.g. its portraits). */
export function PartnerPage({ related }: { related?: ReactNode }) {
  const { t } = useTranslation('partners');
  const { id = '' } = useParams();
  const partner = usePartner(id);
  // One h1 from the start (focus moves to it on navigation); it shows the name once loaded.
  const title = partner.data?.name ?? t('profile.title');
  return (
    <div className="content content--narrow">
      <BackLink to="/partners">{t('profile.back')}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      {partner.isSuccess ? (
        <>
          <PartnerProfileDetails partner={partner.data} />
          {related}
        </>
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
