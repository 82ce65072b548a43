import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Concept } from '../api/get-concept';
import { TransitionConflictError, useTransitionConcept } from '../api/transition-concept';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { NoteField } from '@/components/form/NoteField';
import { ProblemAlert } from '@/components/ProblemAlert';
import { WorkflowSteps } from '@/components/WorkflowSteps';
import { CONCEPT_STATUSES, type ConceptStatus } from '@/lib/concept-sections';

type WorkflowButtonsProps = {
  concept: Concept;
  etag: string;
  /** Called after a step was taken, with the concept as it is now. */
  onDone?: (concept: Concept) => void;
};

/**
 * A button per step the API lists in availableTransitions; each opens the shared confirmation, which names the step,
 * the concept and what will happen, with an optional note for the history.
 */
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

/** What the step will do, in the words the confirmation shows. */
function consequence(t: TFunction<'concepts'>, concept: Concept, to: ConceptStatus) {
  const current = concept.currentVersionNumber;
  const published = concept.publishedVersionNumber;
  switch (to) {
    case 'IN_REVIEW':
      return t('workflow.consequences.IN_REVIEW', { number: current + 1 });
    case 'PUBLISHED':
      return published != null && published !== current
        ? t('workflow.consequences.PUBLISHED_REPLACES', { number: current, published })
        : t('workflow.consequences.PUBLISHED', { number: current });
    default:
      return t(`workflow.consequences.${to}`, { number: current, published });
  }
}

/** The shared confirmation naming the step, the concept and what will happen, with an optional note for the history. */
function TransitionDialog({ concept, etag, to, onClose, onDone }: TransitionDialogProps) {
  const { t } = useTranslation('concepts');
  const transition = useTransitionConcept();
  const [note, setNote] = useState('');
  const noteId = useId();
  const action = t(`workflow.actions.${to}`);

  const submit = () => {
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
    <ConfirmDialog
      action={action}
      subject={t('workflow.subject', { title: concept.title })}
      consequence={consequence(t, concept, to)}
      irreversible={to === 'ARCHIVED'}
      pending={transition.isPending}
      onConfirm={submit}
      onCancel={onClose}
    >
      <p>{t('workflow.confirmText', { from: t(`status.${concept.status}`), to: t(`status.${to}`) })}</p>
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
    </ConfirmDialog>
  );
}
