import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useEntityForm } from '@/components/form/use-entity-form';
import { violationsByField } from '@/lib/api/problem';
import { useCreateCoachingSession, type SessionFormat } from '../api/create-coaching-session';
import { useUpdateCoachingSession } from '../api/update-coaching-session';
import type { CoachingAssignment } from '../api/get-coaching-assignments';
import type { CoachingSession } from '../api/get-coaching-sessions';
import { useExpertiseTopics } from '@/api/get-expertise-topics';
import { todayIso } from '@/lib/format';
import { formatLocalDate } from './format';
import { useTopicName } from '@/lib/use-topic-name';
import { Options } from '@/components/form/Options';

const FORMATS: SessionFormat[] = ['ON_SITE', 'VIDEO', 'PHONE', 'WORKSHOP'];
const FIELDS = ['heldOn', 'durationMinutes', 'format', 'topic', 'notes', 'nextSteps', 'overBudgetReason'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function emptyValues(): Values {
  return { heldOn: todayIso(), durationMinutes: '', format: '', topic: '', notes: '', nextSteps: '', overBudgetReason: '' };
}

function sessionValues(session: CoachingSession): Values {
  return {
    heldOn: session.heldOn,
    durationMinutes: String(session.durationMinutes),
    format: session.format,
    topic: session.topic,
    notes: session.notes ?? '',
    nextSteps: session.nextSteps ?? '',
    overBudgetReason: session.overBudgetReason ?? '',
  };
}

type SessionFormProps = {
  assignment: CoachingAssignment;
  /** The session to correct; without it the form logs a new one. */
  session?: CoachingSession;
  onCancel: () => void;
  onSaved: (message: string) => void;
};

/**
 * Logs a session for an assignment, or corrects one (session). Its time already counts against the budget, so a
 * correction is over budget only beyond the remaining hours plus its own. Field problems (the client's or the API's 400) show next to the field. A session
 * beyond the remaining hours needs a confirmed reason (the API refuses it otherwise, 409 naming overBudgetReason).
 */
export function SessionForm({ assignment, session, onCancel, onSaved }: SessionFormProps) {
  const { t, i18n } = useTranslation('coaching');
  const topics = useExpertiseTopics();
  const topicName = useTopicName();
  const create = useCreateCoachingSession();
  const update = useUpdateCoachingSession();
  const mutation = session ? update : create;
  const prefix = useId();
  const id = (field: Field) => `${prefix}-${field}`;
  const english = i18n.language.startsWith('en');
  const engine = useEntityForm<Values, Field, CoachingSession>({
    defaultValues: session ? sessionValues(session) : emptyValues(),
    schema: z.object({
      overBudgetReason: z.string(),
      heldOn: z.string().min(1, t('form.heldOnRequired')),
      durationMinutes: z.string().refine((minutes) => /^\d+$/.test(minutes.trim()), t('form.durationRequired')),
      format: z.string().min(1, t('form.formatRequired')),
    }),
    fields: FIELDS,
    violations: (error) =>
      error.status === 400 || error.status === 409 ? violationsByField(error.violations, FIELDS) : undefined,
    mutation,
    focusControl: id,
    focusAfterRefusal: true,
    save: (values, callbacks) => {
      const input = {
        heldOn: values.heldOn,
        durationMinutes: Number(values.durationMinutes.trim()),
        format: values.format as SessionFormat,
        topic: values.topic || undefined,
        notes: values.notes.trim() || undefined,
        nextSteps: values.nextSteps.trim() || undefined,
        overBudgetReason: values.overBudgetReason.trim() || undefined,
      };
      if (session) update.mutate({ assignmentId: assignment.id, sessionId: session.id, input }, callbacks);
      else create.mutate({ assignmentId: assignment.id, input }, callbacks);
    },
    onSaved: (saved) => {
      const date = formatLocalDate(saved.heldOn, i18n.language);
      onSaved(
        session
          ? t('form.corrected', { minutes: saved.durationMinutes, date })
          : t('form.saved', { minutes: saved.durationMinutes, date }),
      );
      return session ? sessionValues(saved) : emptyValues();
    },
  });
  const { values, errors } = engine;
  const minutes = Number(values.durationMinutes.trim());
  const remaining = assignment.hoursRemaining + (session ? session.durationMinutes / 60 : 0);
  const overBudget =
    (Number.isFinite(minutes) && minutes > 0 && minutes / 60 > remaining) || errors.overBudgetReason !== undefined;
  // A refusal the fields cannot show, or only partly, is shown as a whole.
  const otherProblem =
    mutation.error != null && (Object.keys(engine.serverErrors).length === 0 || engine.state.otherViolations.length > 0)
      ? mutation.error
      : undefined;

  function set(field: Field) {
    return (event: { target: { value: string } }) => engine.change({ [field]: event.target.value });
  }

  const hasFieldErrors = Object.keys(errors).length > 0;
  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${id(field)}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: Field) =>
    errors[field] && (
      <p id={`${id(field)}-error`} className="field-error">
        {errors[field]}
      </p>
    );
  const control = (field: Field) => ({
    id: id(field),
    name: field,
    value: values[field],
    onChange: set(field),
    'aria-invalid': errors[field] ? (true as const) : undefined,
  });

  return (
    <form className="form session-form" noValidate onSubmit={engine.submit} aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} className="session-form__heading">
        {session ? t('sessions.correctLabel', { date: formatLocalDate(session.heldOn, i18n.language) }) : t('form.heading')}
      </h3>
      {hasFieldErrors && (
        <p className="message message--error" role="alert">
          {t('form.errorSummary')}
        </p>
      )}
      {otherProblem !== undefined && <ErrorMessage error={otherProblem} />}
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={id('heldOn')}>{t('form.heldOn')}</label>
          <input type="date" max={todayIso()} required {...control('heldOn')} aria-describedby={describedBy('heldOn')} />
          {fieldError('heldOn')}
        </div>
        <div className="form-field">
          <label htmlFor={id('durationMinutes')}>{t('form.durationMinutes')}</label>
          <input
            type="number"
            inputMode="numeric"
            min={15}
            max={1440}
            required
            {...control('durationMinutes')}
            aria-describedby={describedBy('durationMinutes', `${prefix}-duration-hint`)}
          />
          <p id={`${prefix}-duration-hint`} className="field-hint">
            {t('form.durationHint')}
          </p>
          {fieldError('durationMinutes')}
        </div>
        <div className="form-field">
          <label htmlFor={id('format')}>{t('form.format')}</label>
          <select required {...control('format')} aria-describedby={describedBy('format')}>
            <option value="">{t('form.chooseFormat')}</option>
            <Options values={FORMATS} label={(format) => t(`formats.${format}`)} />
          </select>
          {fieldError('format')}
        </div>
        <div className="form-field">
          <label htmlFor={id('topic')}>{t('form.topic')}</label>
          <select {...control('topic')} aria-describedby={describedBy('topic')}>
            <option value="">{t('form.topicDefault', { topic: topicName(assignment.topic) })}</option>
            {topics.data?.map((topic) => (
              <option key={topic.key} value={topic.key}>
                {english ? topic.nameEn : topic.nameDe}
              </option>
            ))}
          </select>
          {fieldError('topic')}
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={id('notes')}>{t('form.notes')}</label>
        <textarea rows={4} maxLength={10000} {...control('notes')} aria-describedby={describedBy('notes')} />
        {fieldError('notes')}
      </div>
      <div className="form-field">
        <label htmlFor={id('nextSteps')}>{t('form.nextSteps')}</label>
        <textarea rows={3} maxLength={4000} {...control('nextSteps')} aria-describedby={describedBy('nextSteps')} />
        {fieldError('nextSteps')}
      </div>
      {overBudget && (
        <div className="form-field session-form__over">
          <p id={`${prefix}-over-hint`} className="field-hint">
            <span aria-hidden="true">⚠ </span>
            {t('form.overBudgetHint', { count: Math.max(remaining, 0) })}
          </p>
          <label htmlFor={id('overBudgetReason')}>{t('form.overBudgetReason')}</label>
          <textarea
            rows={2}
            maxLength={2000}
            required
            {...control('overBudgetReason')}
            aria-describedby={describedBy('overBudgetReason', `${prefix}-over-hint`)}
          />
          {fieldError('overBudgetReason')}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? t('form.saving') : session ? t('form.saveCorrection') : t('form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
