import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { TextField } from '@/components/form/FormField';
import { useNewsletterConsent, useSignUpForNewsletter } from '../api/newsletter';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The newsletter in the footer: a button opens the sign-up (so pages load nothing for it until a visitor wants it). */
export function NewsletterSignUp() {
  const { t } = useTranslation('newsletter');
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <section className="newsletter" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('signUp.title')}</h2>
      <p>{t('signUp.intro')}</p>
      {open ? (
        <NewsletterSignUpForm />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('signUp.open')}
        </button>
      )}
    </section>
  );
}

/** The public sign-up: address and consent; the confirmation link follows by mail (double opt-in). */
export function NewsletterSignUpForm() {
  const { t, i18n } = useTranslation('newsletter');
  const language = i18n.language === 'en' ? 'en' : 'de';
  const ids = { email: useId(), consent: useId() };
  const consent = useNewsletterConsent(language);
  const signUp = useSignUpForNewsletter();
  const [email, setEmail] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [errors, setErrors] = useState<{ email?: string; consent?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = email.trim();
    const next = {
      email: trimmed === '' ? t('signUp.emailRequired') : !EMAIL.test(trimmed) ? t('signUp.emailInvalid') : undefined,
      consent: agreed ? undefined : t('signUp.consentRequired'),
    };
    setErrors(next);
    if (next.email || next.consent || !consent.data) {
      document.getElementById(next.email ? ids.email : ids.consent)?.focus();
      return;
    }
    signUp.mutate({ email: trimmed, language, consent: true, consentVersion: consent.data.version });
  };

  if (signUp.isSuccess) {
    return (
      <p className="message message--success" role="status">
        {t('signUp.checkInbox')}
      </p>
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('signUp.title')}>
      <TextField
        id={ids.email}
        label={t('signUp.email')}
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        value={email}
        error={errors.email}
        onChange={setEmail}
      />
      <div className={errors.consent ? 'checkbox field--invalid' : 'checkbox'}>
        <input
          id={ids.consent}
          type="checkbox"
          checked={agreed}
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={errors.consent ? `${ids.consent}-error` : undefined}
          onChange={(event) => setAgreed(event.target.checked)}
        />
        <label htmlFor={ids.consent}>{consent.data?.text ?? t('signUp.consentLoading')}</label>
      </div>
      {errors.consent && (
        <p id={`${ids.consent}-error`} className="field__error">
          {errors.consent}
        </p>
      )}
      {signUp.isError && <ErrorMessage error={signUp.error} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={signUp.isPending}>
          {t('signUp.submit')}
        </button>
      </div>
    </form>
  );
}
