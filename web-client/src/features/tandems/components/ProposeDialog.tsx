import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, violationsByField } from '@/lib/api/problem';
import { useCreateTandem } from '../api/create-tandem';
import type { TandemSuggestion } from '../api/get-tandem-suggestions';
import { percentPoints } from './format';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';

type ProposeDialogProps = {
  conceptId: string;
  conceptTitle: string;
  suggestion: TandemSuggestion;
  /** Whether a reason is needed: the candidate is not the top-ranked one. */
  reasonRequired: boolean;
  onClose: () => void;
};

/** Proposes the candidate as tandem; a lower-ranked one needs a reason (checked here and by the API). */
export function ProposeDialog({ conceptId, conceptTitle, suggestion, reasonRequired, onClose }: ProposeDialogProps) {
  const { t, i18n } = useTranslation('tandems');
  const navigate = useNavigate();
  const create = useCreateTandem();
  const [reason, setReason] = useState('');
  const [clientError, setClientError] = useState<string>();
  const ids = { reason: useId(), hint: useId(), error: useId() };
  const { organisation } = suggestion;
  const apiError = create.error instanceof ApiError ? create.error : undefined;
  const violations = apiError ? violationsByField(apiError.violations, ['selectionReason'] as const) : undefined;
  // The API names selectionReason in a violation or, failing that, in the detail of its 400.
  const serverError =
    violations?.byField.selectionReason ??
    (apiError?.status === 400 && apiError.detail?.includes('selectionReason') ? apiError.detail : undefined);
  const error = clientError ?? serverError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    if (reasonRequired && !reason.trim()) {
      setClientError(t('propose.reasonRequired'));
      document.getElementById(ids.reason)?.focus();
      return;
    }
    setClientError(undefined);
    create.mutate(
      {
        conceptId,
        tandemOrganisationId: organisation.id,
        ...(reason.trim() ? { selectionReason: reason.trim() } : {}),
      },
      { onSuccess: (created) => void navigate(`/tandems/${created.tandem.id}`) },
    );
  };

  return (
    <ModalDialog title={t('propose.title', { organisation: organisation.name })} onClose={onClose}>
      <p className="modal__subtitle">
        {t('propose.intro', {
          organisation: organisation.name,
          town: organisation.town,
          concept: conceptTitle,
          rank: suggestion.rank,
          score: percentPoints(suggestion.score, i18n.language),
        })}
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <div className="form-field">
          <label htmlFor={ids.reason}>{reasonRequired ? t('propose.reason') : t('propose.reasonOptional')}</label>
          <p id={ids.hint} className="field-hint">
            {reasonRequired ? t('propose.reasonHintRequired') : t('propose.reasonHintOptional')}
          </p>
          {error && (
            <p id={ids.error} className="field-error">
              {error}
            </p>
          )}
          <textarea
            id={ids.reason}
            rows={4}
            maxLength={2000}
            required={reasonRequired}
            value={reason}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
            data-autofocus={reasonRequired ? true : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        {create.isError && !serverError && (
          <div className="form-problem">
            <ProblemAlert error={create.error} messages={{ 403: t('propose.forbidden'), 409: t('propose.conflict') }} />
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? t('propose.saving') : t('propose.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('propose.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
