import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concept } from '../api/get-concept';
import { TransitionConflictError, useTransitionConcept } from '../api/transition-concept';
import { FormActions } from '@/components/form/FormActions';
import { NoteField } from '@/components/form/NoteField';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { WorkflowSteps } from '@/components/WorkflowSteps';
import { CONCEPT_STATUSES, type ConceptStatus } from '@/lib/concept-sections';

type WorkflowButtonsProps = {
  concept: Concept;
  etag: string;
  /** Called after a step was taken, with the concept as it is now. */
  onDone?: (concept: Concept) => void;
};

/** A button per step the API lists in availableTransitions; each opens a confirm dialog with an optional note. */
export function WorkflowButtons({ concept, etag, onDone }: WorkflowButtonsProps) {
  const { t } = useTranslation('concepts');
  const [target, setTarget] = useState<ConceptStatus | null>(null);
  const [done, setDone] = useState<ConceptStatus | null>(null);
  const available = CONCEPT_STATUSES.filter((status) => concept.availableTransitions?.includes(status));
  if (available.length === 0 && !done) return null;
  return (
    <WorkflowSteps
      className="concept-workflow"
      headingId="workflow-heading"
      heading={t('workflow.heading')}
      steps={available.map((to) => ({ to, label: t(`workflow.actions.${to}`), secondary: to === 'ARCHIVED' }))}
      onChoose={setTarget}
      done={done ? t('workflow.done', { status: t(`status.${done}`) }) : ''}
      doneClassName="concept-workflow__status"
    >
      {target && (
        <TransitionDialog
          concept={concept}
          etag={etag}
          to={target}
          onClose={() => setTarget(null)}
          onDone={(changed) => {
            setTarget(null);
            setDone(changed.status);
            onDone?.(changed);
          }}
        />
      )}
    </WorkflowSteps>
  );
}

type TransitionDialogProps = {
  concept: Concept;
  etag: string;
  to: ConceptStatus;
  onClose: () => void;
  onDone: (concept: Concept) => void;
};

function TransitionDialog({ concept, etag, to, onClose, onDone }: TransitionDialogProps) {
  const { t } = useTranslation('concepts');
  const transition = useTransitionConcept();
  const [note, setNote] = useState('');
  const noteId = useId();
  const action = t(`workflow.actions.${to}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (transition.isPending) return;
    // mutateAsync: onDone must run even when the refreshed concept unmounts this dialog
    // (for example the editor, which a submitted concept leaves).
    transition
      .mutateAsync({ id: concept.id, etag, input: { to, ...(note.trim() ? { note: note.trim() } : {}) } })
      .then((result) => onDone(result.concept))
      .catch(() => undefined);
  };

  const error = transition.error;
  const allowed = error instanceof TransitionConflictError ? error.allowedTransitions : undefined;

  return (
    <ModalDialog title={t('workflow.confirmTitle', { action, title: concept.title })} onClose={onClose}>
      <p className="modal__subtitle">
        {t('workflow.confirmText', { from: t(`status.${concept.status}`), to: t(`status.${to}`) })}
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <NoteField
          id={noteId}
          label={t('workflow.note')}
          hint={t('workflow.noteHint')}
          maxLength={2000}
          value={note}
          onChange={setNote}
        />
        {transition.isError && (
          <div className="form-problem">
            <ProblemAlert error={error} messages={{ 409: t('workflow.conflict'), 412: t('workflow.stale') }}>
              {allowed && (
                <p>
                  {allowed.length > 0
                    ? t('workflow.allowed', {
                        list: allowed.map((status) => `${t(`workflow.actions.${status}`)} (${t(`status.${status}`)})`).join(', '),
                      })
                    : t('workflow.allowedNone')}
                </p>
              )}
            </ProblemAlert>
          </div>
        )}
        <FormActions
          texts="concepts:workflow"
          submitLabel={t('workflow.confirm', { action })}
          pending={transition.isPending}
          onCancel={onClose}
        />
      </form>
    </ModalDialog>
  );
}
