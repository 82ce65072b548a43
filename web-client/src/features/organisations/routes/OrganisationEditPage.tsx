import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { OrganisationEditor } from '../components/OrganisationEditor';
import { STAFF_ROLES } from './OrganisationPage';
import { BackLink } from '@/components/BackLink';

/** Programme staff edit any organisation; partner users edit theirs under "my organisation". */
export function OrganisationEditPage() {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  return (
    <div className="content content--narrow">
      <BackLink to={`/organisations/${id}`}>{t('form.backToDetail')}</BackLink>
      <PageHeading title={t('form.editTitle')}>{t('form.editTitle')}</PageHeading>
      <RequireRole roles={STAFF_ROLES}>
        <OrganisationEditor organisationId={id} />
      </RequireRole>
    </div>
  );
}
