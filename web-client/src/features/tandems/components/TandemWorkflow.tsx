import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tandem } from '../api/get-tandem';
import type { TandemStatus } from '../api/get-tandems';
import { useTransitionTandem } from '../api/transition-tandem';
import { FormActions } from '@/components/form/FormActions';
import { NoteField } from '@/components/form/NoteField';
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
  const reasonId = useId();
  const action = t(`workflow.actions.${to}`);
  const reasonRequired = to === 'CANCELLED';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (transition.isPending) return;
    if (reasonRequired && !reason.trim()) {
      setClientError(t('workflow.reasonRequired'));
      document.getElementById(reasonId)?.focus();
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
        <NoteField
          id={reasonId}
          label={reasonRequired ? t('workflow.reasonRequiredLabel') : t('workflow.reason')}
          hint={t('workflow.reasonHint')}
          error={clientError}
          maxLength={2000}
          required={reasonRequired}
          value={reason}
          onChange={setReason}
        />
        {transition.isError && (
          <div className="form-problem">
            <ProblemAlert
              error={transition.error}
              messages={{ 403: t('workflow.forbidden'), 409: t('workflow.conflict'), 412: t('workflow.stale') }}
            />
          </div>
        )}
        <FormActions
          texts="tandems:workflow"
          submitLabel={t('workflow.confirm', { action })}
          pending={transition.isPending}
          onCancel={onClose}
        />
      </form>
    </ModalDialog>
  );
}
