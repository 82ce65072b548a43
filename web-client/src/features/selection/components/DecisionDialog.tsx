import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { NoteField } from '@/components/form/NoteField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useDecideCandidate } from '../api/decide-candidate';
import type { RankedCandidate, SelectionDecision } from '../api/get-round';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';

const DECISIONS: SelectionDecision[] = ['SELECTED', 'WAITLISTED', 'REJECTED'];

type DecisionDialogProps = {
  roundId: string;
  candidate: RankedCandidate;
  onClose: () => void;
  onDecided: (message: string) => void;
};

const FIELDS = ['decision', 'rationale', 'incompleteReason'] as const;
type Values = { decision: SelectionDecision | undefined; rationale: string; incompleteReason: string };

/**
 * The coordinator's decision on a candidate with its required rationale, in the shared confirmation. While the round
 * is open a decision can be revised (the earlier one stays in the history); an incompletely scored candidate needs
 * a reason for deciding now.
 */
export function DecisionDialog({ roundId, candidate, onClose, onDecided }: DecisionDialogProps) {
  const { t } = useTranslation('selection');
  const decide = useDecideCandidate();
  const name = candidate.organisation.name;
  const ids = { decision: useId(), rationale: useId(), incompleteReason: useId() };
  // A revision names a decision other than the current one.
  const choices = DECISIONS.filter((d) => d !== candidate.decision);
  const engine = useEntityForm<Values, (typeof FIELDS)[number], RankedCandidate>({
    defaultValues: { decision: undefined, rationale: '', incompleteReason: '' },
    schema: z.object({
      decision: z.enum(DECISIONS, { error: t('decide.decisionRequired') }),
      rationale: z.string().refine((rationale) => rationale.trim() !== '', t('decide.rationaleRequired')),
      incompleteReason: z.string().refine((reason) => candidate.complete || reason.trim() !== '', t('decide.incompleteRequired')),
    }),
    fields: FIELDS,
    // Refusals show as a whole beneath the fields.
    violations: () => undefined,
    mutation: decide,
    clearRefusalOnCheck: false,
    focusControl: (field) => (field === 'decision' ? `${ids.decision}-${choices[0]}` : ids[field]),
    save: ({ decision, rationale, incompleteReason }, callbacks) =>
      decide.mutate(
        {
          roundId,
          candidateId: candidate.id,
          version: candidate.version,
          input: {
            decision: decision!,
            rationale: rationale.trim(),
            ...(candidate.complete ? {} : { incompleteScoringReason: incompleteReason.trim() }),
          },
        },
        callbacks,
      ),
    onSaved: (decided, { decision }) =>
      void onDecided(t('decide.saved', { name, decision: t(`decisions.${decided.decision ?? decision!}`) })),
  });
  const { values, errors, change } = engine;
  const decision = values.decision;

  return (
    <ConfirmDialog
      action={t('ranking.decide')}
      subject={name}
      consequence={t('decide.consequence')}
      pending={decide.isPending}
      onConfirm={engine.submit}
      onCancel={onClose}
    >
      <p>
        {candidate.weightedScore != null && candidate.rank != null
          ? t('decide.summary', { rank: candidate.rank, score: t('ranking.score', { value: candidate.weightedScore }) })
          : t('decide.summaryUnscored')}
      </p>
      {candidate.decision && <p>{t('decide.revise', { decision: t(`decisions.${candidate.decision}`) })}</p>}
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
      {!candidate.complete && (
        <NoteField
          id={ids.incompleteReason}
          label={t('decide.incompleteReason')}
          hint={t('decide.incompleteHint', { scored: candidate.criteriaScored, total: candidate.criteriaTotal })}
          error={errors.incompleteReason}
          rows={3}
          maxLength={2000}
          required
          value={values.incompleteReason}
          onChange={(incompleteReason) => change({ incompleteReason })}
        />
      )}
      {decide.isError && (
        <div className="form-problem">
          <ProblemAlert error={decide.error} messages={{ 409: t('decide.conflict') }} />
        </div>
      )}
    </ConfirmDialog>
  );
}
