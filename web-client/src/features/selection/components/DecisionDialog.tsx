import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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

type FieldErrors = { decision?: string; rationale?: string };

/** The coordinator's decision on a candidate with its required rationale. */
export function DecisionDialog({ roundId, candidate, onClose, onDecided }: DecisionDialogProps) {
  const { t } = useTranslation('selection');
  const decide = useDecideCandidate();
  const name = candidate.organisation.name;
  const [decision, setDecision] = useState<SelectionDecision | undefined>();
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const ids = { decision: useId(), rationale: useId(), rationaleHint: useId() };
  // A waitlisted candidate can only move on, not back onto the waiting list.
  const choices = candidate.decision === 'WAITLISTED' ? DECISIONS.filter((d) => d !== 'WAITLISTED') : DECISIONS;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!decision) found.decision = t('decide.decisionRequired');
    if (!rationale.trim()) found.rationale = t('decide.rationaleRequired');
    setErrors(found);
    if (found.decision) {
      document.getElementById(`${ids.decision}-${choices[0]}`)?.focus();
      return;
    }
    if (found.rationale) {
      document.getElementById(ids.rationale)?.focus();
      return;
    }
    decide.mutate(
      { roundId, candidateId: candidate.id, input: { decision: decision!, rationale: rationale.trim() } },
      { onSuccess: (decided) => onDecided(t('decide.saved', { name, decision: t(`decisions.${decided.decision ?? decision!}`) })) },
    );
  }

  return (
    <ModalDialog title={t('decide.title', { name })} onClose={onClose}>
      <p className="modal__subtitle">
        {candidate.weightedScore != null && candidate.rank != null
          ? t('decide.summary', { rank: candidate.rank, score: t('ranking.score', { value: candidate.weightedScore }) })
          : t('decide.summaryUnscored')}
      </p>
      <form className="form" noValidate onSubmit={handleSubmit}>
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
                onChange={() => setDecision(choice)}
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
        <div className="form-field">
          <label htmlFor={ids.rationale}>{t('decide.rationale')}</label>
          <p id={ids.rationaleHint} className="field-hint">
            {t('decide.rationaleHint')}
          </p>
          <textarea
            id={ids.rationale}
            rows={5}
            maxLength={2000}
            required
            value={rationale}
            onChange={(event) => setRationale(event.target.value)}
            aria-invalid={errors.rationale ? true : undefined}
            aria-describedby={errors.rationale ? `${ids.rationaleHint} ${ids.rationale}-error` : ids.rationaleHint}
          />
          {errors.rationale && (
            <p id={`${ids.rationale}-error`} className="field-error">
              {errors.rationale}
            </p>
          )}
        </div>
        {decide.isError && (
          <div className="form-problem">
            <ProblemAlert error={decide.error} messages={{ 409: t('decide.conflict') }} />
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={decide.isPending}>
            {decide.isPending ? t('decide.saving') : t('decide.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('decide.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
