import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPERTISE_TOPICS, isExpertiseTopic } from '@/lib/enums';
import { emptyStep, PLAN_ID, stepId, type FieldErrors, type StepProperty, type StepValues } from './concept-form-model';
import { useTopicLabel } from './TransferPlan';
import { describedByOf, FieldMessages } from '@/components/form/FieldMessages';
import { Options } from '@/components/form/Options';

type StepsEditorProps = {
  steps: StepValues[];
  onChange: (steps: StepValues[]) => void;
  errors: FieldErrors;
};

const focusLater = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/** The transfer plan's ordered steps: add, remove, move up and down; each step's title, description, duration, topic. */
export function StepsEditor({ steps, onChange, errors }: StepsEditorProps) {
  const { t } = useTranslation('concepts');
  const topicLabel = useTopicLabel();
  const [announcement, setAnnouncement] = useState('');

  const update = (index: number, property: StepProperty, value: string) =>
    onChange(steps.map((step, i) => (i === index ? { ...step, [property]: value } : step)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const next = [...steps];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
    setAnnouncement(t('steps.moved', { number: index + 1, position: target + 1 }));
    // Keep focus on the same button of the moved step, or on its other one at the ends.
    const edge = (by === -1 && target === 0) || (by === 1 && target === steps.length - 1);
    focusLater(`${stepId(target, 'title')}-${edge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`);
  };
  const remove = (index: number) => {
    onChange(steps.filter((_, i) => i !== index));
    setAnnouncement(t('steps.removed', { number: index + 1 }));
    focusLater(`${PLAN_ID}-add`);
  };
  const add = () => {
    onChange([...steps, emptyStep(EXPERTISE_TOPICS[0])]);
    setAnnouncement(t('steps.added', { number: steps.length + 1 }));
    focusLater(stepId(steps.length, 'title'));
  };

  const planError = errors[PLAN_ID];
  return (
    <fieldset id={PLAN_ID} className="steps-editor" tabIndex={-1} aria-describedby={planError ? `${PLAN_ID}-error` : undefined}>
      <legend>{t('steps.legend')}</legend>
      {planError && (
        <p id={`${PLAN_ID}-error`} className="field__error">
          {planError}
        </p>
      )}
      <ol className="steps-editor__list">
        {steps.map((step, index) => {
          const number = index + 1;
          const topicOptions = isExpertiseTopic(step.topic) ? EXPERTISE_TOPICS : [...EXPERTISE_TOPICS, step.topic];
          return (
            <li key={step.key} className="steps-editor__step">
              <fieldset>
                <legend>{t('plan.step', { number })}</legend>
                <StepInput id={stepId(index, 'title')} label={t('steps.title')} required error={errors[stepId(index, 'title')]}>
                  {(props) => (
                    <input
                      {...props}
                      type="text"
                      maxLength={200}
                      value={step.title}
                      onChange={(e) => update(index, 'title', e.target.value)}
                    />
                  )}
                </StepInput>
                <StepInput
                  id={stepId(index, 'description')}
                  label={t('steps.description')}
                  error={errors[stepId(index, 'description')]}
                >
                  {(props) => (
                    <textarea
                      {...props}
                      rows={3}
                      maxLength={5000}
                      value={step.description}
                      onChange={(e) => update(index, 'description', e.target.value)}
                    />
                  )}
                </StepInput>
                <StepInput
                  id={stepId(index, 'typicalDuration')}
                  label={t('steps.duration')}
                  hint={t('steps.durationHint')}
                  error={errors[stepId(index, 'typicalDuration')]}
                >
                  {(props) => (
                    <input
                      {...props}
                      type="text"
                      className="input--short"
                      maxLength={100}
                      value={step.typicalDuration}
                      onChange={(e) => update(index, 'typicalDuration', e.target.value)}
                    />
                  )}
                </StepInput>
                <StepInput id={stepId(index, 'topic')} label={t('steps.topic')} error={errors[stepId(index, 'topic')]}>
                  {(props) => (
                    <select {...props} value={step.topic} onChange={(e) => update(index, 'topic', e.target.value)}>
                      <Options values={topicOptions} label={(topic) => topicLabel(topic)} />
                    </select>
                  )}
                </StepInput>
                <div className="steps-editor__actions">
                  {index > 0 && (
                    <button
                      id={`${stepId(index, 'title')}-up`}
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => move(index, -1)}
                    >
                      {t('steps.up', { number })}
                    </button>
                  )}
                  {index < steps.length - 1 && (
                    <button
                      id={`${stepId(index, 'title')}-down`}
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => move(index, 1)}
                    >
                      {t('steps.down', { number })}
                    </button>
                  )}
                  <button type="button" className="button button--danger button--small" onClick={() => remove(index)}>
                    {t('steps.remove', { number })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button id={`${PLAN_ID}-add`} type="button" className="button button--secondary" onClick={add}>
        {t('steps.add')}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}

type ControlProps = {
  id: string;
  name: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
};

function StepInput({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (props: ControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const describedBy = describedByOf(id, hint, error);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> ({t('form.required')})</span>}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({ id, name: id, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}
