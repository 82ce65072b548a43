import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '@/components/form/EntityForm';
import { TextAreaField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import { getPublicationQueryOptions, useSavePublication, type PublicationVersioned } from '../api/event-publications';
import {
  fieldId,
  PUBLICATION_FIELDS,
  publicationSchema,
  toFormValues,
  toInput,
  type PublicationField,
  type PublicationFormValues,
} from './publication-form-model';

type PublicationFormProps = {
  eventId: string;
  isTrip: boolean;
  etag: string;
  initialValues: PublicationFormValues;
  onSaved: (saved: PublicationVersioned) => void;
};

/**
 * How an event shows on the public calendar: public or not, the description visitors read, time and venue,
 * trip details, a capacity and whether registration is open. Saves with If-Match; 412 offers the latest version.
 */
export function PublicationForm({ eventId, isTrip, etag, initialValues, onSaved }: PublicationFormProps) {
  const { t } = useTranslation('events');
  const api = useApiClient();
  const queryClient = useQueryClient();
  const save = useSavePublication();
  const engine = useEntityForm({
    defaultValues: initialValues,
    schema: publicationSchema({ capacity: t('staff.form.errors.capacity') }),
    fields: PUBLICATION_FIELDS,
    mutation: save,
    save: (values, callbacks) => save.mutate({ eventId, etag, input: toInput(values) }, callbacks),
    onSaved: (saved: PublicationVersioned) => {
      onSaved(saved);
      return toFormValues(saved.publication);
    },
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...getPublicationQueryOptions(api, eventId), staleTime: 0 });
      onSaved(fresh);
      return toFormValues(fresh.publication);
    },
  });
  const { values, errors, change } = engine;
  const labelOf = (field: PublicationField) => t(`staff.form.fields.${field}`);
  const text = (name: 'startsAt' | 'endsOn' | 'venue' | 'destination' | 'country' | 'partnerEvent' | 'capacity') => ({
    id: fieldId(name),
    label: labelOf(name),
    value: values[name],
    error: errors[name],
    onChange: (value: string) => change({ [name]: value } as Partial<PublicationFormValues>),
  });
  const checkbox = (name: 'isPublic' | 'registrationOpen', hint: string) => (
    <div className={errors[name] ? 'field field--invalid checkbox' : 'field checkbox'}>
      <input
        id={fieldId(name)}
        type="checkbox"
        checked={values[name]}
        aria-describedby={`${fieldId(name)}-hint`}
        onChange={(event) => change({ [name]: event.target.checked } as Partial<PublicationFormValues>)}
      />
      <label htmlFor={fieldId(name)}>{labelOf(name)}</label>
      <p id={`${fieldId(name)}-hint`} className="field__hint">
        {errors[name] ?? hint}
      </p>
    </div>
  );

  return (
    <EntityForm
      engine={engine}
      label={t('staff.form.label')}
      texts="events:staff.form"
      titleIds={{ conflict: 'publication-conflict-title', summary: 'publication-errors-title' }}
      labelOf={labelOf}
      focusTarget={fieldId}
      messages={{ 403: t('staff.form.forbidden') }}
      submitLabel={t('staff.form.save')}
    >
      {checkbox('isPublic', t('staff.form.hints.isPublic'))}
      <TextAreaField
        id={fieldId('description')}
        label={labelOf('description')}
        value={values.description}
        error={errors.description}
        hint={t('staff.form.hints.description')}
        rows={6}
        maxLength={20000}
        onChange={(description) => change({ description })}
      />
      <div className="form-grid">
        <TextField {...text('startsAt')} hint={t('staff.form.hints.startsAt')} maxLength={5} className="input--short" />
        <TextField {...text('endsOn')} type="date" hint={t('staff.form.hints.endsOn')} />
      </div>
      <TextField {...text('venue')} maxLength={300} />
      {isTrip && (
        <fieldset className="form__group">
          <legend>{t('staff.form.trip')}</legend>
          <TextField {...text('destination')} maxLength={200} />
          <TextField {...text('country')} maxLength={2} hint={t('staff.form.hints.country')} className="input--short" />
          <TextField {...text('partnerEvent')} maxLength={200} hint={t('staff.form.hints.partnerEvent')} />
        </fieldset>
      )}
      <TextField
        {...text('capacity')}
        type="number"
        inputMode="numeric"
        className="input--short"
        hint={t('staff.form.hints.capacity')}
      />
      {checkbox('registrationOpen', t('staff.form.hints.registrationOpen'))}
    </EntityForm>
  );
}
