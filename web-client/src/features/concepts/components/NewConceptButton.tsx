import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, violationsByField } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth-context';
import { useCreateConcept } from '../api/create-concept';
import { useMe } from '@/api/get-me';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';

/** "Neues Transferkonzept" for partner users: a draft for the caller's organisation, then on to its editor. */
export function NewConceptButton() {
  const { t } = useTranslation('concepts');
  const auth = useAuth();
  const isPartner = auth.authenticated && auth.hasRole('partner');
  const me = useMe({ enabled: isPartner });
  const [open, setOpen] = useState(false);
  const organisation = me.data?.organisation;
  if (!isPartner || !organisation) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('create.button')}
      </button>
      {open && (
        <NewConceptDialog organisationId={organisation.id} organisationName={organisation.name} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

function NewConceptDialog({
  organisationId,
  organisationName,
  onClose,
}: {
  organisationId: string;
  organisationName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('concepts');
  const navigate = useNavigate();
  const create = useCreateConcept();
  const [title, setTitle] = useState('');
  const [clientError, setClientError] = useState<string>();
  const titleId = useId();
  const serverError =
    create.error instanceof ApiError ? violationsByField(create.error.violations, ['title'] as const).byField.title : undefined;
  const error = clientError ?? serverError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    if (!title.trim()) {
      setClientError(t('create.titleRequired'));
      document.getElementById(titleId)?.focus();
      return;
    }
    setClientError(undefined);
    create.mutate(
      { organisationId, title: title.trim() },
      { onSuccess: (created) => void navigate(`/concepts/${created.concept.id}/edit`) },
    );
  };

  return (
    <ModalDialog title={t('create.title')} onClose={onClose}>
      <p className="modal__subtitle">{t('create.intro', { organisation: organisationName })}</p>
      <form className="form" noValidate onSubmit={submit}>
        <div className={error ? 'field field--invalid' : 'field'}>
          <label htmlFor={titleId}>{t('create.titleLabel')}</label>
          {error && (
            <p id={`${titleId}-error`} className="field__error">
              {error}
            </p>
          )}
          <input
            id={titleId}
            type="text"
            maxLength={200}
            required
            value={title}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${titleId}-error` : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        {create.isError && !serverError && <ProblemAlert error={create.error} messages={{}} />}
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('create.saving') : t('create.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('create.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
