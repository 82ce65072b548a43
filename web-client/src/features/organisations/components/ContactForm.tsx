import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError, violationsByField } from '@/lib/api/problem';
import type { Contact, ContactInput } from '../api/get-contacts';
import { TextField } from './FormField';

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
  const [values, setValues] = useState({
    name: contact?.name ?? '',
    function: contact?.function ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = `contact-${contact?.id ?? 'new'}`;
  const headingId = `${prefix}-heading`;
  const apiError = error instanceof ApiError ? error : undefined;
  const { byField, other } = apiError ? violationsByField(apiError.violations, CONTACT_FIELDS) : { byField: {}, other: [] };
  const hasFieldErrors = Object.keys(byField).length > 0;

  // Opening the form moves focus into it.
  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    onSubmit({
      name: values.name.trim(),
      function: optional(values.function),
      email: optional(values.email),
      phone: optional(values.phone),
    });
  };
  const field = (name: (typeof CONTACT_FIELDS)[number]) => ({
    id: `${prefix}-${name}`,
    label: t(`organisations:contacts.${name}`),
    value: values[name],
    error: byField[name],
    onChange: (value: string) => setValues((current) => ({ ...current, [name]: value })),
  });

  return (
    <form className="contact-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
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
