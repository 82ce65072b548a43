import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions } from '@/components/form/FormActions';
import { NoteField } from '@/components/form/NoteField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useDecideCandidate } from '../api/decide-candidate';
import type { RankedCandidate, SelectionDecision } from '../api/get-round';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';

const DECISIONS: SelectionDecision[] = ['SELECTED', 'WAITLISTED', 'REJECTED'];

type DecisionDialogProps = {
  roundId: string;
  candidate: RankedCandidate;
  onClose: () => void;
  onDecided: (message: string) => void;
};

const FIELDS = ['decision', 'rationale'] as const;
type Values = { decision: SelectionDecision | undefined; rationale: string };

/** The coordinator's decision on a candidate with its required rationale. */
export function DecisionDialog({ roundId, candidate, onClose, onDecided }: DecisionDialogProps) {
  const { t } = useTranslation('selection');
  const decide = useDecideCandidate();
  const name = candidate.organisation.name;
  const ids = { decision: useId(), rationale: useId() };
  // A waitlisted candidate can only move on, not back onto the waiting list.
  const choices = candidate.decision === 'WAITLISTED' ? DECISIONS.filter((d) => d !== 'WAITLISTED') : DECISIONS;
  const engine = useEntityForm<Values, (typeof FIELDS)[number], RankedCandidate>({
    defaultValues: { decision: undefined, rationale: '' },
    schema: z.object({
      decision: z.enum(DECISIONS, { error: t('decide.decisionRequired') }),
      rationale: z.string().refine((rationale) => rationale.trim() !== '', t('decide.rationaleRequired')),
    }),
    fields: FIELDS,
    // Refusals show as a whole beneath the fields.
    violations: () => undefined,
    mutation: decide,
    clearRefusalOnCheck: false,
    focusControl: (field) => (field === 'decision' ? `${ids.decision}-${choices[0]}` : ids.rationale),
    save: ({ decision, rationale }, callbacks) =>
      decide.mutate(
        {
          roundId,
          candidateId: candidate.id,
          version: candidate.version,
          input: { decision: decision!, rationale: rationale.trim() },
        },
        callbacks,
      ),
    onSaved: (decided, { decision }) =>
      void onDecided(t('decide.saved', { name, decision: t(`decisions.${decided.decision ?? decision!}`) })),
  });
  const { values, errors, change } = engine;
  const decision = values.decision;

  return (
    <ModalDialog title={t('decide.title', { name })} onClose={onClose}>
      <p className="modal__subtitle">
        {candidate.weightedScore != null && candidate.rank != null
          ? t('decide.summary', { rank: candidate.rank, score: t('ranking.score', { value: candidate.weightedScore }) })
          : t('decide.summaryUnscored')}
      </p>
      <form className="form" noValidate onSubmit={engine.submit}>
        <fieldset
          className="form-field"
          aria-invalid={errors.decision ? true : undefined}
          aria-describedby={errors.decision ? `${ids.decision}-error` : undefined}
        >
          <legend>{t('decide.legend')}</legend>
          {choices.map((choice) => (
            <label key={choice} className="radio">
              <input
                id={`${ids.decision}-${choice}`}
                type="radio"
                name="decision"
                value={choice}
                checked={decision === choice}
                onChange={() => change({ decision: choice })}
              />
              {t(`decisions.${choice}`)}
            </label>
          ))}
          {errors.decision && (
            <p id={`${ids.decision}-error`} className="field-error">
              {errors.decision}
            </p>
          )}
          {decision === 'SELECTED' && <p className="field-hint">{t('decide.selectedNote')}</p>}
        </fieldset>
        <NoteField
          id={ids.rationale}
          label={t('decide.rationale')}
          hint={t('decide.rationaleHint')}
          error={errors.rationale}
          rows={5}
          maxLength={2000}
          required
          value={values.rationale}
          onChange={(rationale) => change({ rationale })}
        />
        {decide.isError && (
          <div className="form-problem">
            <ProblemAlert error={decide.error} messages={{ 409: t('decide.conflict') }} />
          </div>
        )}
        <FormActions texts="selection:decide" pending={decide.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
