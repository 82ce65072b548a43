import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { useMyAssessment } from '../api/get-my-assessment';
import { usePutMyAssessment } from '../api/put-my-assessment';
import { localName } from './format';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { ScoreTarget } from './ScoreMatrix';

const SCORES = [0, 1, 2, 3, 4, 5] as const;

type ScoreDialogProps = ScoreTarget & {
  roundId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

type FieldErrors = { score?: string; evidence?: string };

/** Enter or change the caller's own score (0–5) with evidence for one candidate and criterion. */
export function ScoreDialog({ roundId, candidate, criterion, onClose, onSaved }: ScoreDialogProps) {
  const { t, i18n } = useTranslation('selection');
  const target = { roundId, candidateId: candidate.id, criterionId: criterion.id };
  const own = useMyAssessment(target);
  const save = usePutMyAssessment();
  // The refusals a juror can meet, in plain language.
  const refusals = { 403: t('score.ownOrganisation'), 409: t('score.frozen'), 412: t('score.changed') };
  const criterionName = localName(criterion, i18n.language);

  const [score, setScore] = useState<number | undefined>();
  const [evidence, setEvidence] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const ids = { score: useId(), evidence: useId(), evidenceHint: useId() };

  // Prefill once the previous assessment (with its ETag) has loaded, and again after a 412 reload.
  const loaded = own.data;
  useEffect(() => {
    if (loaded) {
      setScore(loaded.assessment.score);
      setEvidence(loaded.assessment.evidence);
    }
  }, [loaded]);

  // The form replaces the loading message: move focus to the (checked) score, as the dialog opened empty.
  const formShown = own.isSuccess;
  useEffect(() => {
    if (formShown) document.getElementById(`${ids.score}-${own.data?.assessment.score ?? 0}`)?.focus();
    // Only when the form appears, not on every reload of the assessment.
  }, [formShown]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (score === undefined) found.score = t('score.scoreRequired');
    if (!evidence.trim()) found.evidence = t('score.evidenceRequired');
    setErrors(found);
    if (found.score) {
      document.getElementById(`${ids.score}-0`)?.focus();
      return;
    }
    if (found.evidence) {
      document.getElementById(ids.evidence)?.focus();
      return;
    }
    save.mutate(
      { ...target, etag: own.data?.etag, input: { score: score!, evidence: evidence.trim() } },
      {
        onSuccess: (saved) =>
          onSaved(
            t('score.saved', { candidate: candidate.organisation.name, criterion: criterionName, score: saved.score }),
          ),
      },
    );
  }

  return (
    <ModalDialog title={t('score.title', { criterion: criterionName })} onClose={onClose}>
      <p className="modal__subtitle">{t('score.candidate', { name: candidate.organisation.name })}</p>
      {own.isPending ? (
        <Loading label={t('score.loading')} />
      ) : own.isError ? (
        <>
          <ProblemAlert error={own.error} messages={refusals} />
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('score.cancel')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" noValidate onSubmit={handleSubmit}>
          <fieldset
            className="form-field"
            aria-invalid={errors.score ? true : undefined}
            aria-describedby={errors.score ? `${ids.score}-error` : undefined}
          >
            <legend>{t('score.scoreLegend')}</legend>
            <div className="score-options">
              {SCORES.map((value) => (
                <label key={value} className="score-option">
                  <input
                    id={`${ids.score}-${value}`}
                    type="radio"
                    name="score"
                    value={value}
                    checked={score === value}
                    onChange={() => setScore(value)}
                  />
                  {value}
                </label>
              ))}
            </div>
            {errors.score && (
              <p id={`${ids.score}-error`} className="field-error">
                {errors.score}
              </p>
            )}
          </fieldset>
          <div className="form-field">
            <label htmlFor={ids.evidence}>{t('score.evidence')}</label>
            <p id={ids.evidenceHint} className="field-hint">
              {t('score.evidenceHint')}
            </p>
            <textarea
              id={ids.evidence}
              rows={5}
              maxLength={5000}
              required
              value={evidence}
              onChange={(event) => setEvidence(event.target.value)}
              aria-invalid={errors.evidence ? true : undefined}
              aria-describedby={errors.evidence ? `${ids.evidenceHint} ${ids.evidence}-error` : ids.evidenceHint}
            />
            {errors.evidence && (
              <p id={`${ids.evidence}-error`} className="field-error">
                {errors.evidence}
              </p>
            )}
          </div>
          {save.isError && (
            <div className="form-problem">
              <ProblemAlert error={save.error} messages={refusals} />
            </div>
          )}
          <div className="form-actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? t('score.saving') : t('score.save')}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('score.cancel')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
