import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions } from '@/components/form/FormActions';
import { NoteField } from '@/components/form/NoteField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { Loading } from '@/components/Loading';
import { useMyAssessment } from '../api/get-my-assessment';
import { usePutMyAssessment } from '../api/put-my-assessment';
import type { JurorAssessment } from '../api/get-candidate-assessments';
import { localName } from './format';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { ScoreTarget } from './ScoreMatrix';
import { CandidateApplicationPanel } from './CandidateApplicationPanel';

const SCORES = [0, 1, 2, 3, 4, 5] as const;

type ScoreDialogProps = ScoreTarget & {
  roundId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

const FIELDS = ['score', 'evidence'] as const;
type Values = { score: number | undefined; evidence: string };

/** Enter or change the caller's own score (0–5) with evidence for one candidate and criterion. */
export function ScoreDialog({ roundId, candidate, criterion, onClose, onSaved }: ScoreDialogProps) {
  const { t, i18n } = useTranslation('selection');
  const target = { roundId, candidateId: candidate.id, criterionId: criterion.id };
  const own = useMyAssessment(target);
  const save = usePutMyAssessment();
  // The refusals a juror can meet, in plain language.
  const refusals = { 403: t('score.ownOrganisation'), 409: t('score.frozen'), 412: t('score.changed') };
  const criterionName = localName(criterion, i18n.language);
  const criterionDescription =
    (i18n.language.startsWith('en') ? criterion.descriptionEn : criterion.descriptionDe) ?? criterion.descriptionDe;

  const ids = { score: useId(), evidence: useId() };
  const engine = useEntityForm<Values, (typeof FIELDS)[number], JurorAssessment>({
    defaultValues: { score: undefined, evidence: '' },
    schema: z.object({
      score: z.number({ error: t('score.scoreRequired') }),
      evidence: z.string().refine((evidence) => evidence.trim() !== '', t('score.evidenceRequired')),
    }),
    fields: FIELDS,
    // Refusals show as a whole beneath the fields.
    violations: () => undefined,
    mutation: save,
    clearRefusalOnCheck: false,
    focusControl: (field) => (field === 'score' ? `${ids.score}-0` : ids.evidence),
    save: ({ score, evidence }, callbacks) =>
      save.mutate({ ...target, etag: own.data?.etag, input: { score: score!, evidence: evidence.trim() } }, callbacks),
    onSaved: (saved) =>
      void onSaved(t('score.saved', { candidate: candidate.organisation.name, criterion: criterionName, score: saved.score })),
  });
  const { values, errors, change } = engine;
  const { score, evidence } = values;

  // Prefill once the previous assessment (with its ETag) has loaded, and again after a 412 reload.
  const loaded = own.data;
  useEffect(() => {
    if (loaded) change({ score: loaded.assessment.score, evidence: loaded.assessment.evidence });
  }, [loaded, change]);

  // The form replaces the loading message: move focus to the (checked) score, as the dialog opened empty.
  const formShown = own.isSuccess;
  useEffect(() => {
    if (formShown) document.getElementById(`${ids.score}-${own.data?.assessment.score ?? 0}`)?.focus();
    // Only when the form appears, not on every reload of the assessment.
  }, [formShown]);

  return (
    <ModalDialog title={t('score.title', { criterion: criterionName })} onClose={onClose}>
      <p className="modal__subtitle">{t('score.candidate', { name: candidate.organisation.name })}</p>
      <CandidateApplicationPanel roundId={roundId} candidateId={candidate.id} />
      {criterionDescription && (
        <div className="score-criterion">
          <h3>{t('score.criterionDescription')}</h3>
          <p>{criterionDescription}</p>
        </div>
      )}
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
        <form className="form" noValidate onSubmit={engine.submit}>
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
                    onChange={() => change({ score: value })}
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
          <NoteField
            id={ids.evidence}
            label={t('score.evidence')}
            hint={t('score.evidenceHint')}
            error={errors.evidence}
            rows={5}
            maxLength={5000}
            required
            value={evidence}
            onChange={(value) => change({ evidence: value })}
          />
          {save.isError && (
            <div className="form-problem">
              <ProblemAlert error={save.error} messages={refusals} />
            </div>
          )}
          <FormActions texts="selection:score" pending={save.isPending} onCancel={onClose} />
        </form>
      )}
    </ModalDialog>
  );
}
