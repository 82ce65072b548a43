import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { WorkflowSteps } from '@/components/WorkflowSteps';
import { useAuth } from '@/lib/auth-context';
import type { ModuleStatus } from '../api/get-authoring-modules';
import type { ModuleVersioned } from '../api/get-editable-module';
import { useTransitionModule } from '../api/save-module';
import { ModuleStatusBadge } from './ModuleStatusBadge';
import { STAFF_ROLES } from './roles';

/** Every status in lifecycle order (a record, so the type checker notices a new contract value). */
export const MODULE_STATUSES = Object.keys({
  DRAFT: true,
  IN_REVIEW: true,
  PUBLISHED: true,
  ARCHIVED: true,
} satisfies Record<ModuleStatus, true>) as ModuleStatus[];

/** The name of a step: going back to DRAFT is withdrawing for authors and sending back for staff. */
export type ModuleAction = 'submit' | 'withdraw' | 'sendBack' | 'publish' | 'republish' | 'archive';

export function actionOf(from: ModuleStatus, to: ModuleStatus, staff: boolean): ModuleAction {
  if (to === 'IN_REVIEW') return 'submit';
  if (to === 'DRAFT') return staff ? 'sendBack' : 'withdraw';
  if (to === 'ARCHIVED') return 'archive';
  return from === 'ARCHIVED' ? 'republish' : 'publish';
}

/** Steps back or out of use, shown as secondary buttons. */
const BACKWARD_ACTIONS: ModuleAction[] = ['archive', 'withdraw', 'sendBack'];

type ModuleWorkflowProps = {
  current: ModuleVersioned;
  /** Unsaved input in the form on the same page: the step would not take it along. */
  dirty?: boolean;
  onDone: (changed: ModuleVersioned) => void;
};

/** A button per step the API lists in allowedTransitions; each asks for confirmation first. */
export function ModuleWorkflow({ current, dirty = false, onDone }: ModuleWorkflowProps) {
  const { t } = useTranslation('learning');
  const auth = useAuth();
  const staff = STAFF_ROLES.some((role) => auth.hasRole(role));
  const [target, setTarget] = useState<ModuleStatus | null>(null);
  const [done, setDone] = useState<ModuleStatus | null>(null);
  const { module } = current;
  const available = MODULE_STATUSES.filter((status) => module.allowedTransitions.includes(status));
  return (
    <WorkflowSteps
      className="module-workflow"
      headingId="module-workflow-heading"
      heading={t('workflow.heading')}
      intro={
        <>
          <p className="module-workflow__status">
            {t('workflow.statusLabel')} <ModuleStatusBadge status={module.status} />
          </p>
          <p>{t(`workflow.explain.${module.status}`)}</p>
          {available.length > 0 && dirty && <p className="field__hint">{t('workflow.unsaved')}</p>}
        </>
      }
      steps={available.map((to) => {
        const action = actionOf(module.status, to, staff);
        return { to, label: t(`workflow.actions.${action}`), secondary: BACKWARD_ACTIONS.includes(action) };
      })}
      onChoose={setTarget}
      done={done ? t('workflow.done', { status: t(`status.${done}`) }) : ''}
      doneClassName="module-workflow__done"
    >
      {target && (
        <TransitionDialog
          current={current}
          to={target}
          action={actionOf(module.status, target, staff)}
          dirty={dirty}
          onClose={() => setTarget(null)}
          onDone={(changed) => {
            setTarget(null);
            setDone(changed.module.status);
            onDone(changed);
          }}
        />
      )}
    </WorkflowSteps>
  );
}

type TransitionDialogProps = {
  current: ModuleVersioned;
  to: ModuleStatus;
  action: ModuleAction;
  dirty: boolean;
  onClose: () => void;
  onDone: (changed: ModuleVersioned) => void;
};

function TransitionDialog({ current, to, action, dirty, onClose, onDone }: TransitionDialogProps) {
  const { t } = useTranslation('learning');
  const transition = useTransitionModule();
  const label = t(`workflow.actions.${action}`);
  const confirm = () => {
    if (transition.isPending) return;
    transition
      .mutateAsync({ id: current.module.id, etag: current.etag, to })
      .then(onDone)
      .catch(() => undefined);
  };
  // the shared confirmation: the step, the module, and what will happen
  return (
    <ConfirmDialog
      action={label}
      subject={t('workflow.subject', { title: current.module.title })}
      consequence={t(`workflow.consequence.${action}`)}
      pending={transition.isPending}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <p>{t('workflow.confirmText', { from: t(`status.${current.module.status}`), to: t(`status.${to}`) })}</p>
      {dirty && <p className="field__hint">{t('workflow.unsaved')}</p>}
      {transition.isError && (
        <ProblemAlert
          error={transition.error}
          messages={{ 403: t('workflow.forbidden'), 409: t('workflow.conflict'), 412: t('workflow.stale') }}
        />
      )}
    </ConfirmDialog>
  );
}
