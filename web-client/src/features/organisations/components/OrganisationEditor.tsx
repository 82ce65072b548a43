import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { ApiError } from '@/lib/api/problem';
import { useOrganisation } from '../api/get-organisation';
import { ContactsEditor } from './ContactsEditor';
import { OrganisationForm } from './OrganisationForm';

/** The edit form of one organisation and, below it, its contact persons. */
export function OrganisationEditor({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisations');
  const organisation = useOrganisation(organisationId);

  if (organisation.isPending) return <Loading label={t('form.loading')} />;
  if (organisation.error instanceof ApiError && organisation.error.status === 404) {
    return (
      <p className="message message--error" role="alert">
        {t('detail.notFound')}
      </p>
    );
  }
  if (organisation.isError) return <ErrorMessage error={organisation.error} />;

  return (
    <>
      {/* Keyed: another organisation starts a fresh form; refetches of this one never overwrite the input. */}
      <OrganisationForm key={organisationId} organisationId={organisationId} initial={organisation.data} />
      <ContactsEditor organisationId={organisationId} />
    </>
  );
}
