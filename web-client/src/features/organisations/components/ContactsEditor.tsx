import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { ApiError } from '@/lib/api/problem';
import { useCreateContact } from '../api/create-contact';
import { useDeleteContact } from '../api/delete-contact';
import { useContacts, type Contact } from '../api/get-contacts';
import { useUpdateContact } from '../api/update-contact';
import { ContactForm } from './ContactForm';
import { ContactDetails } from './ContactList';

type Editing = { mode: 'none' } | { mode: 'new' } | { mode: 'edit'; id: string } | { mode: 'delete'; id: string };

/** Contact persons of an organisation with add, edit (If-Match) and delete after a confirmation. */
export function ContactsEditor({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation(['organisations', 'common']);
  const contacts = useContacts(organisationId);
  const create = useCreateContact(organisationId);
  const update = useUpdateContact(organisationId);
  const remove = useDeleteContact(organisationId);
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [notice, setNotice] = useState('');
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (editing.mode === 'delete') confirmRef.current?.focus();
  }, [editing]);

  const start = (next: Editing) => {
    create.reset();
    update.reset();
    remove.reset();
    setNotice('');
    setEditing(next);
  };
  const finish = (message: string) => {
    setEditing({ mode: 'none' });
    setNotice(message);
    // The form is gone: give focus a sensible place.
    window.setTimeout(() => addButtonRef.current?.focus());
  };

  const hidden = contacts.error instanceof ApiError && [403, 404].includes(contacts.error.status);
  const conflict = update.error instanceof ApiError && update.error.status === 412;

  const row = (contact: Contact) => {
    if (editing.mode === 'edit' && editing.id === contact.id && !conflict) {
      return (
        <ContactForm
          contact={contact}
          title={t('organisations:contacts.editTitle')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) =>
            update.mutate(
              { contact, input },
              { onSuccess: (saved) => finish(t('organisations:contacts.saved', { name: saved.name })) },
            )
          }
          onCancel={() => start({ mode: 'none' })}
        />
      );
    }
    if (editing.mode === 'delete' && editing.id === contact.id) {
      return (
        <div className="contact__confirm">
          <ContactDetails contact={contact} />
          <p ref={confirmRef} tabIndex={-1} className="contact__question">
            {t('organisations:contacts.confirmDelete', { name: contact.name })}
          </p>
          {remove.isError && <ErrorMessage error={remove.error} />}
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() =>
                remove.mutate(contact, {
                  onSuccess: () => finish(t('organisations:contacts.deleted', { name: contact.name })),
                })
              }
            >
              {t('organisations:contacts.confirmDeleteButton')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => start({ mode: 'none' })}>
              {t('common:form.cancel')}
            </button>
          </div>
        </div>
      );
    }
    return (
      <>
        <ContactDetails contact={contact} />
        <div className="contact__actions">
          {/* The name starts with the visible text (WCAG 2.5.3) and says whom it is about. */}
          <button
            type="button"
            className="button button--secondary"
            aria-label={`${t('organisations:contacts.edit')} ${contact.name}`}
            onClick={() => start({ mode: 'edit', id: contact.id })}
          >
            {t('organisations:contacts.edit')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-label={`${t('organisations:contacts.delete')} ${contact.name}`}
            onClick={() => start({ mode: 'delete', id: contact.id })}
          >
            {t('organisations:contacts.delete')}
          </button>
        </div>
      </>
    );
  };

  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('organisations:contacts.title')}</h2>
      <p className="field__hint">{t('organisations:contacts.intro')}</p>
      <div className="contacts__notice" role="status">
        {notice}
      </div>
      {conflict && (
        <p className="message message--error" role="alert">
          {t('organisations:contacts.conflict')}
        </p>
      )}
      {contacts.isPending ? (
        <Loading label={t('organisations:contacts.loading')} />
      ) : hidden ? (
        <p>{t('organisations:contacts.hidden')}</p>
      ) : contacts.isError ? (
        <ErrorMessage error={contacts.error} />
      ) : (
        <>
          {contacts.data.length === 0 ? (
            <p>{t('organisations:contacts.empty')}</p>
          ) : (
            <ul className="contact-list">
              {contacts.data.map((contact) => (
                <li key={contact.id} className="contact">
                  {row(contact)}
                </li>
              ))}
            </ul>
          )}
          {editing.mode === 'new' ? (
            <ContactForm
              title={t('organisations:contacts.newTitle')}
              pending={create.isPending}
              error={create.error}
              onSubmit={(input) =>
                create.mutate(input, {
                  onSuccess: (created) => finish(t('organisations:contacts.created', { name: created.name })),
                })
              }
              onCancel={() => start({ mode: 'none' })}
            />
          ) : (
            <button ref={addButtonRef} type="button" className="button" onClick={() => start({ mode: 'new' })}>
              {t('organisations:contacts.add')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
