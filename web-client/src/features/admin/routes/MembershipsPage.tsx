import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '@/components/BackLink';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { InvitationList } from '../components/InvitationList';
import { InviteForm } from '../components/InviteForm';
import { MemberList } from '../components/MemberList';
import { OrganisationPicker } from '@/components/OrganisationPicker';
import '../admin.css';

/** Memberships: invite people into organisations, see who belongs where with which roles, end a membership. */
export function MembershipsPage() {
  const { t } = useTranslation('admin');
  const [organisationId, setOrganisationId] = useState('');
  return (
    <div className="content">
      <BackLink to="/admin">{t('home.title')}</BackLink>
      <PageHeading title={t('memberships.title')}>{t('memberships.title')}</PageHeading>
      <RequireRole roles={['admin']} messages={{ forbidden: t('forbidden') }}>
        <p className="lead">{t('memberships.intro')}</p>
        <InviteForm />
        <section className="filters admin-filter" aria-labelledby="membership-filter-heading">
          <h2 id="membership-filter-heading">{t('memberships.filter')}</h2>
          <OrganisationPicker
            id="membership-filter-organisation"
            label={t('memberships.filterOrganisation')}
            emptyOption={t('memberships.allOrganisations')}
            value={organisationId}
            onChange={setOrganisationId}
          />
        </section>
        <MemberList organisationId={organisationId} />
        <InvitationList organisationId={organisationId} />
      </RequireRole>
    </div>
  );
}
