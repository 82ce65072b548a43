import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tandem } from '../api/get-tandem';
import type { TandemStatus } from '../api/get-tandems';
import { useTransitionTandem } from '../api/transition-tandem';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { NoteField } from '@/components/form/NoteField';
import { ProblemAlert } from '@/components/ProblemAlert';
import { WorkflowSteps } from '@/components/WorkflowSteps';
import { TANDEM_STATUSES } from './TandemStatusBadge';

/**
 * A button per step the API lists in availableTransitions; each opens the shared confirmation (cancelling needs a
 * reason). Agreeing is per organisation: the tandem is AGREED once both have agreed.
 */
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
  const reasonRequired = to === 'CANCELLED';

  const confirm = () => {
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
    <ConfirmDialog
      action={t(`workflow.actions.${to}`)}
      subject={t('workflow.subject', {
        bestPractice: tandem.bestPracticeOrganisation.name,
        tandem: tandem.tandemOrganisation.name,
      })}
      consequence={t(`workflow.consequence.${to}`, { from: t(`status.${tandem.status}`), to: t(`status.${to}`) })}
      irreversible={to === 'CANCELLED' || to === 'COMPLETED'}
      pending={transition.isPending}
      onConfirm={confirm}
      onCancel={onClose}
    >
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
    </ConfirmDialog>
  );
}
