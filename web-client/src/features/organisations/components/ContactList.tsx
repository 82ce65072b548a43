import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { ApiError } from '@/lib/api/problem';
import { useContacts, type Contact } from '../api/get-contacts';

export function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation('organisations');
  return (
    <>
      <p className="contact__name">{contact.name}</p>
      {contact.function && <p>{contact.function}</p>}
      {contact.email && (
        <p>
          <span className="visually-hidden">{t('contacts.email')}: </span>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </p>
      )}
      {contact.phone && (
        <p>
          <span className="visually-hidden">{t('contacts.phone')}: </span>
          {contact.phone}
        </p>
      )}
    </>
  );
}

/** Read-only list of contact persons; a short note when the API does not show them to this user. */
export function ContactList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('organisations');
  const contacts = useContacts(organisationId);
  const hidden = contacts.error instanceof ApiError && [403, 404].includes(contacts.error.status);
  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('contacts.title')}</h2>
      {contacts.isPending ? (
        <Loading label={t('contacts.loading')} />
      ) : hidden ? (
        <p>{t('contacts.hidden')}</p>
      ) : contacts.isError ? (
        <ErrorMessage error={contacts.error} />
      ) : contacts.data.length === 0 ? (
        <p>{t('contacts.empty')}</p>
      ) : (
        <ul className="contact-list">
          {contacts.data.map((contact) => (
            <li key={contact.id} className="contact">
              <ContactDetails contact={contact} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
