import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { ApiError, violationsByField } from '@/lib/api/problem';
import { useActivities, useCreateActivity, type ActivityType } from '../api/activities';
import { formatDay, todayIso } from '@/lib/format';
import { ProblemAlert } from '@/components/ProblemAlert';

export const ACTIVITY_TYPES: ActivityType[] = ['MEETING', 'VISIT', 'CALL', 'WORKSHOP'];

/** The tandem's activities, latest first, and (when the caller may log) a form to add one. */
export function ActivityLog({ tandemId, canLog }: { tandemId: string; canLog: boolean }) {
  const { t, i18n } = useTranslation('tandems');
  const activities = useActivities(tandemId);

  let body;
  if (activities.isPending) body = <Loading label={t('activities.loading')} />;
  else if (activities.isError) body = <ErrorMessage error={activities.error} />;
  else if (activities.data.items.length === 0) body = <p>{t('activities.empty')}</p>;
  else
    body = (
      <ol className="activities">
        {activities.data.items.map((activity) => (
          <li key={activity.id} className="activity">
            <p className="activity__head">
              <strong>{t(`activityType.${activity.type}`)}</strong>, {formatDay(activity.heldOn, i18n.language)}
            </p>
            <p>{activity.participants}</p>
            {activity.notes && <p className="activity__notes">{activity.notes}</p>}
            <p className="muted">{t('activities.by', { name: activity.createdByName })}</p>
          </li>
        ))}
      </ol>
    );

  return (
    <section className="tandem-activities" aria-labelledby="activities-heading">
      <h2 id="activities-heading">{t('activities.heading')}</h2>
      {canLog && <ActivityForm tandemId={tandemId} />}
      {body}
    </section>
  );
}

type Field = 'heldOn' | 'participants';
const FIELDS = ['heldOn', 'participants'] as const;

function ActivityForm({ tandemId }: { tandemId: string }) {
  const { t } = useTranslation('tandems');
  const create = useCreateActivity(tandemId);
  const [type, setType] = useState<ActivityType>('MEETING');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [participants, setParticipants] = useState('');
  const [notes, setNotes] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);
  const ids = {
    type: useId(),
    heldOn: useId(),
    heldOnHint: useId(),
    participants: useId(),
    participantsHint: useId(),
    notes: useId(),
  };
  const server =
    create.error instanceof ApiError ? violationsByField(create.error.violations, FIELDS) : { byField: {}, other: [] };
  const errors: Partial<Record<Field, string>> = { ...server.byField, ...clientErrors };
  const hasFieldError = Object.keys(server.byField).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const next: Partial<Record<Field, string>> = {};
    if (!heldOn) next.heldOn = t('activities.heldOnRequired');
    else if (heldOn > todayIso()) next.heldOn = t('activities.heldOnFuture');
    if (!participants.trim()) next.participants = t('activities.participantsRequired');
    setClientErrors(next);
    setSaved(false);
    const first = FIELDS.find((field) => next[field]);
    if (first) {
      document.getElementById(ids[first])?.focus();
      return;
    }
    create.mutate(
      { type, heldOn, participants: participants.trim(), ...(notes.trim() ? { notes: notes.trim() } : {}) },
      {
        onSuccess: () => {
          setParticipants('');
          setNotes('');
          setSaved(true);
        },
      },
    );
  };

  const describedBy = (field: Field, hint: string) => (errors[field] ? `${hint} ${ids[field]}-error` : hint);

  return (
    <form className="form activity-form" noValidate onSubmit={submit} aria-labelledby="activity-form-heading">
      <h3 id="activity-form-heading">{t('activities.formHeading')}</h3>
      <div className="activity-form__row">
        <div className="form-field">
          <label htmlFor={ids.type}>{t('activities.type')}</label>
          <select id={ids.type} value={type} onChange={(event) => setType(event.target.value as ActivityType)}>
            {ACTIVITY_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`activityType.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.heldOn}>{t('activities.heldOn')}</label>
          <p id={ids.heldOnHint} className="field-hint">
            {t('activities.heldOnHint')}
          </p>
          {errors.heldOn && (
            <p id={`${ids.heldOn}-error`} className="field-error">
              {errors.heldOn}
            </p>
          )}
          <input
            id={ids.heldOn}
            type="date"
            required
            max={todayIso()}
            value={heldOn}
            aria-invalid={errors.heldOn ? true : undefined}
            aria-describedby={describedBy('heldOn', ids.heldOnHint)}
            onChange={(event) => setHeldOn(event.target.value)}
          />
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={ids.participants}>{t('activities.participants')}</label>
        <p id={ids.participantsHint} className="field-hint">
          {t('activities.participantsHint')}
        </p>
        {errors.participants && (
          <p id={`${ids.participants}-error`} className="field-error">
            {errors.participants}
          </p>
        )}
        <input
          id={ids.participants}
          type="text"
          required
          maxLength={2000}
          value={participants}
          aria-invalid={errors.participants ? true : undefined}
          aria-describedby={describedBy('participants', ids.participantsHint)}
          onChange={(event) => setParticipants(event.target.value)}
        />
      </div>
      <div className="form-field">
        <label htmlFor={ids.notes}>{t('activities.notes')}</label>
        <textarea id={ids.notes} rows={3} maxLength={10000} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      {create.isError && !hasFieldError && (
        <ProblemAlert error={create.error} messages={{ 403: t('activities.forbidden'), 409: t('activities.forbidden') }} />
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('activities.saving') : t('activities.submit')}
        </button>
      </div>
      <p role="status" className="activity-form__status">
        {saved ? t('activities.saved') : ''}
      </p>
    </form>
  );
}
