import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useEntityForm } from '@/components/form/use-entity-form';
import { Loading } from '@/components/Loading';
import { useActivities, useCreateActivity, type ActivityType } from '../api/activities';
import { formatDay, today } from './format';
import { ProblemAlert } from '@/components/ProblemAlert';
import { Options } from '@/components/form/Options';

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

const FIELDS = ['heldOn', 'participants'] as const;
type Field = (typeof FIELDS)[number];

function ActivityForm({ tandemId }: { tandemId: string }) {
  const { t } = useTranslation('tandems');
  const create = useCreateActivity(tandemId);
  const [saved, setSaved] = useState(false);
  const ids = {
    type: useId(),
    heldOn: useId(),
    heldOnHint: useId(),
    participants: useId(),
    participantsHint: useId(),
    notes: useId(),
  };
  const engine = useEntityForm({
    defaultValues: { type: 'MEETING' as ActivityType, heldOn: today(), participants: '', notes: '' },
    schema: z.object({
      heldOn: z
        .string()
        .min(1, t('activities.heldOnRequired'))
        .refine((heldOn) => heldOn <= today(), t('activities.heldOnFuture')),
      participants: z.string().refine((participants) => participants.trim() !== '', t('activities.participantsRequired')),
    }),
    fields: FIELDS,
    mutation: create,
    clearRefusalOnCheck: false,
    focusControl: (field) => ids[field],
    save: ({ type, heldOn, participants, notes }, callbacks) =>
      create.mutate(
        { type, heldOn, participants: participants.trim(), ...(notes.trim() ? { notes: notes.trim() } : {}) },
        callbacks,
      ),
    onSaved: (_, sent) => {
      setSaved(true);
      return { ...sent, participants: '', notes: '' };
    },
  });
  const { values, errors, change } = engine;
  const hasFieldError = Object.keys(engine.serverErrors).length > 0;

  const describedBy = (field: Field, hint: string) => (errors[field] ? `${hint} ${ids[field]}-error` : hint);

  return (
    <form
      className="form activity-form"
      noValidate
      onSubmit={(event) => {
        if (!create.isPending) setSaved(false);
        engine.submit(event);
      }}
      aria-labelledby="activity-form-heading"
    >
      <h3 id="activity-form-heading">{t('activities.formHeading')}</h3>
      <div className="activity-form__row">
        <div className="form-field">
          <label htmlFor={ids.type}>{t('activities.type')}</label>
          <select id={ids.type} value={values.type} onChange={(event) => change({ type: event.target.value as ActivityType })}>
            <Options values={ACTIVITY_TYPES} label={(value) => t(`activityType.${value}`)} />
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
            max={today()}
            value={values.heldOn}
            aria-invalid={errors.heldOn ? true : undefined}
            aria-describedby={describedBy('heldOn', ids.heldOnHint)}
            onChange={(event) => change({ heldOn: event.target.value })}
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
          value={values.participants}
          aria-invalid={errors.participants ? true : undefined}
          aria-describedby={describedBy('participants', ids.participantsHint)}
          onChange={(event) => change({ participants: event.target.value })}
        />
      </div>
      <div className="form-field">
        <label htmlFor={ids.notes}>{t('activities.notes')}</label>
        <textarea
          id={ids.notes}
          rows={3}
          maxLength={10000}
          value={values.notes}
          onChange={(event) => change({ notes: event.target.value })}
        />
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
