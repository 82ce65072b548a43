import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import type { Contact, ContactInput } from '../api/get-contacts';

const CONTACT_FIELDS = ['name', 'function', 'email', 'phone'] as const satisfies readonly (keyof ContactInput)[];

type ContactFormProps = {
  /** The contact being edited; none: a new one. */
  contact?: Contact;
  title: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ContactInput) => void;
  onCancel: () => void;
};

const optional = (value: string) => (value.trim() === '' ? null : value.trim());

export function ContactForm({ contact, title, pending, error, onSubmit, onCancel }: ContactFormProps) {
  const { t } = useTranslation(['organisations', 'common']);
  const engine = useEntityForm({
    defaultValues: {
      name: contact?.name ?? '',
      function: contact?.function ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
    },
    fields: CONTACT_FIELDS,
    // The editor around the form saves; it passes the state of its mutation in.
    mutation: { error, isPending: pending, isError: error != null, reset: () => undefined },
    save: (values) =>
      onSubmit({
        name: values.name.trim(),
        function: optional(values.function),
        email: optional(values.email),
        phone: optional(values.phone),
      }),
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = `contact-${contact?.id ?? 'new'}`;
  const headingId = `${prefix}-heading`;
  const hasFieldErrors = Object.keys(engine.serverErrors).length > 0;
  const other = engine.state.otherViolations;

  // Opening the form moves focus into it.
  useEffect(() => headingRef.current?.focus(), []);

  const field = (name: (typeof CONTACT_FIELDS)[number]) => ({
    id: `${prefix}-${name}`,
    label: t(`organisations:contacts.${name}`),
    value: engine.values[name],
    error: engine.errors[name],
    onChange: (value: string) => engine.change({ [name]: value }),
  });

  return (
    <form className="contact-form" aria-labelledby={headingId} noValidate onSubmit={engine.submit}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      {error != null && (!hasFieldErrors || other.length > 0) && <ErrorMessage error={error} />}
      <TextField {...field('name')} required maxLength={200} autoComplete="off" />
      <TextField {...field('function')} maxLength={200} />
      <TextField {...field('email')} type="email" maxLength={254} autoComplete="off" />
      <TextField {...field('phone')} type="tel" className="input--short" maxLength={40} autoComplete="off" />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('common:form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common:form.cancel')}
        </button>
      </div>
    </form>
  );
}
