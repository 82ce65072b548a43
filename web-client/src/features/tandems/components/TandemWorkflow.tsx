import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tandem } from '../api/get-tandem';
import type { TandemStatus } from '../api/get-tandems';
import { useTransitionTandem } from '../api/transition-tandem';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { WorkflowSteps } from '@/components/WorkflowSteps';
import { TANDEM_STATUSES } from './TandemStatusBadge';

/** A button per step the API lists in availableTransitions; each opens a confirm dialog (cancelling needs a reason). */
export function TandemWorkflow({ tandem, etag }: { tandem: Tandem; etag: string }) {
  const { t } = useTranslation('tandems');
  const [target, setTarget] = useState<TandemStatus | null>(null);
  const [done, setDone] = useState<TandemStatus | null>(null);
  const available = TANDEM_STATUSES.filter((status) => tandem.availableTransitions.includes(status));
  if (available.length === 0 && !done) return null;
  return (
    <WorkflowSteps
      className="tandem-workflow"
      headingId="tandem-workflow-heading"
      heading={t('workflow.heading')}
      steps={available.map((to) => ({ to, label: t(`workflow.actions.${to}`), secondary: to === 'CANCELLED' }))}
      onChoose={setTarget}
      done={done ? t('workflow.done', { status: t(`status.${done}`) }) : ''}
      doneClassName="tandem-workflow__status"
    >
      {target && (
        <TransitionDialog
          tandem={tandem}
          etag={etag}
          to={target}
          onClose={() => setTarget(null)}
          onDone={(changed) => {
            setTarget(null);
            setDone(changed.status);
          }}
        />
      )}
    </WorkflowSteps>
  );
}

type TransitionDialogProps = {
  tandem: Tandem;
  etag: string;
  to: TandemStatus;
  onClose: () => void;
  onDone: (tandem: Tandem) => void;
};

function TransitionDialog({ tandem, etag, to, onClose, onDone }: TransitionDialogProps) {
  const { t } = useTranslation('tandems');
  const transition = useTransitionTandem();
  const [reason, setReason] = useState('');
  const [clientError, setClientError] = useState<string>();
  const ids = { reason: useId(), hint: useId(), error: useId() };
  const action = t(`workflow.actions.${to}`);
  const reasonRequired = to === 'CANCELLED';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (transition.isPending) return;
    if (reasonRequired && !reason.trim()) {
      setClientError(t('workflow.reasonRequired'));
      document.getElementById(ids.reason)?.focus();
      return;
    }
    setClientError(undefined);
    transition
      .mutateAsync({ id: tandem.id, etag, input: { to, ...(reason.trim() ? { reason: reason.trim() } : {}) } })
      .then((result) => onDone(result.tandem))
      .catch(() => undefined);
  };

  return (
    <ModalDialog title={t('workflow.confirmTitle', { action })} onClose={onClose}>
      <p className="modal__subtitle">
        {t('workflow.confirmText', { from: t(`status.${tandem.status}`), to: t(`status.${to}`) })}
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <div className="form-field">
          <label htmlFor={ids.reason}>{reasonRequired ? t('workflow.reasonRequiredLabel') : t('workflow.reason')}</label>
          <p id={ids.hint} className="field-hint">
            {t('workflow.reasonHint')}
          </p>
          {clientError && (
            <p id={ids.error} className="field-error">
              {clientError}
            </p>
          )}
          <textarea
            id={ids.reason}
            rows={4}
            maxLength={2000}
            required={reasonRequired}
            value={reason}
            aria-invalid={clientError ? true : undefined}
            aria-describedby={clientError ? `${ids.hint} ${ids.error}` : ids.hint}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        {transition.isError && (
          <div className="form-problem">
            <ProblemAlert
              error={transition.error}
              messages={{ 403: t('workflow.forbidden'), 409: t('workflow.conflict'), 412: t('workflow.stale') }}
            />
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={transition.isPending}>
            {transition.isPending ? t('workflow.saving') : t('workflow.confirm', { action })}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('workflow.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
