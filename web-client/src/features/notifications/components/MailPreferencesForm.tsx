import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { CheckboxGroup } from '@/components/form/CheckboxGroup';
import { SelectField } from '@/components/form/FormField';
import {
  MAIL_KINDS,
  useUpdateMailPreferences,
  type MailPreferences,
  type VersionedMailPreferences,
} from '../api/mail-preferences';

type Kind = (typeof MAIL_KINDS)[number];

/** Each notification kind on or off, and the language of the mails. */
export function MailPreferencesForm({ current }: { current: VersionedMailPreferences }) {
  const { t } = useTranslation('notifications');
  const languageId = useId();
  const kindsId = useId();
  const [draft, setDraft] = useState<MailPreferences>(current.preferences);
  const update = useUpdateMailPreferences();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      etag: current.etag,
      input: {
        language: draft.language,
        conceptSubmitted: draft.conceptSubmitted,
        conceptReviewed: draft.conceptReviewed,
        moduleSubmitted: draft.moduleSubmitted,
        milestoneDue: draft.milestoneDue,
      },
    });
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('title')}>
      <p>{draft.email ? t('address', { email: draft.email }) : t('noAddress')}</p>
      <CheckboxGroup<Kind>
        id={kindsId}
        legend={t('kinds')}
        options={MAIL_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        selected={MAIL_KINDS.filter((kind) => draft[kind])}
        onChange={(on) => setDraft({ ...draft, ...Object.fromEntries(MAIL_KINDS.map((kind) => [kind, on.includes(kind)])) })}
      />
      <SelectField
        id={languageId}
        label={t('language')}
        value={draft.language}
        onChange={(language) => setDraft({ ...draft, language })}
        options={[
          { value: 'de', label: t('languages.de') },
          { value: 'en', label: t('languages.en') },
        ]}
      />
      {update.isError && <ErrorMessage error={update.error} />}
      {update.isSuccess && (
        <p className="message message--success" role="status">
          {t('saved')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
