import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/form/FormField';
import type { PersonLookup } from '../api/get-personal-data';

const EMAIL = /^[^@\s]+@[^@\s]+$/;

/** Asks for one person by Keycloak subject or by e-mail address. */
export function LookupForm({ onLookup }: { onLookup: (lookup: PersonLookup) => void }) {
  const { t } = useTranslation('privacy');
  const ids = { by: useId(), value: useId() };
  const [by, setBy] = useState<PersonLookup['by']>('email');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    const problem =
      trimmed === '' ? t('lookup.required') : by === 'email' && !EMAIL.test(trimmed) ? t('lookup.invalidEmail') : undefined;
    setError(problem);
    if (problem) {
      document.getElementById(ids.value)?.focus();
      return;
    }
    onLookup({ by, value: trimmed });
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('lookup.title')}>
      <SelectField
        id={ids.by}
        label={t('lookup.by')}
        value={by}
        onChange={(next) => setBy(next as PersonLookup['by'])}
        options={[
          { value: 'email', label: t('lookup.email') },
          { value: 'subject', label: t('lookup.subject') },
        ]}
      />
      <TextField
        id={ids.value}
        label={by === 'email' ? t('lookup.email') : t('lookup.subject')}
        hint={by === 'email' ? t('lookup.emailHint') : t('lookup.subjectHint')}
        required
        maxLength={255}
        value={value}
        error={error}
        onChange={setValue}
      />
      <div className="form-actions">
        <button type="submit" className="button">
          {t('lookup.submit')}
        </button>
      </div>
    </form>
  );
}
