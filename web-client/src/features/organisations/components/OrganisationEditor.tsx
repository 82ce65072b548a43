import { useTranslation } from 'react-i18next';
import { EditorLoadState } from '@/components/form/EditorLoadState';
import { useOrganisation } from '../api/get-organisation';
import { ContactsEditor } from './ContactsEditor';
import { OrganisationForm } from './OrganisationForm';

/** The edit form of one organisation and, below it, its contact persons. */
export function OrganisationEditor({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisations');
  const organisation = useOrganisation(organisationId);

  if (!organisation.isSuccess) {
    return <EditorLoadState query={organisation} loading={t('form.loading')} notFound={t('detail.notFound')} />;
  }

  return (
    <>
      {/* Keyed: another organisation starts a fresh form; refetches of this one never overwrite the input. */}
      <OrganisationForm key={organisationId} organisationId={organisationId} initial={organisation.data} />
      <ContactsEditor organisationId={organisationId} />
    </>
  );
}
