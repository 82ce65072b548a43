import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EntityForm } from '@/components/form/EntityForm';
import { TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useCreateReportingPeriod } from '../api/create-reporting-period';

const FIELDS = ['name', 'startsOn', 'endsOn'] as const;
type Field = (typeof FIELDS)[number];

/** Adds a reporting period (it starts OPEN); the API names a field it refuses, e.g. an end before the start. */
export function PeriodCreateForm() {
  const { t } = useTranslation('metrics');
  const id = useId();
  const create = useCreateReportingPeriod();
  const controlId = (key: Field) => `${id}-${key}`;
  const engine = useEntityForm({
    defaultValues: { name: '', startsOn: '', endsOn: '' },
    schema: z.looseObject({
      name: z.string().trim().min(1, t('manage.newPeriod.required')),
      startsOn: z.string().min(1, t('manage.newPeriod.required')),
      endsOn: z.string().min(1, t('manage.newPeriod.required')),
    }),
    fields: FIELDS,
    mutation: create,
    save: (values, callbacks) => create.mutate({ ...values, name: values.name.trim() }, callbacks),
    onSaved: () => ({ name: '', startsOn: '', endsOn: '' }),
  });
  const label = (key: Field) => t(`manage.newPeriod.${key}`);
  return (
    <section className="report-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('manage.newPeriod.heading')}</h2>
      <EntityForm
        engine={engine}
        label={t('manage.newPeriod.heading')}
        className="form measurement-form"
        texts="metrics:manage.form"
        titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
        labelOf={label}
        focusTarget={controlId}
        messages={{ 409: t('manage.newPeriod.conflict') }}
        submitLabel={t('manage.newPeriod.submit')}
      >
        <TextField
          id={controlId('name')}
          label={label('name')}
          required
          maxLength={200}
          value={engine.values.name}
          error={engine.errors.name}
          onChange={(name) => engine.change({ name })}
        />
        <TextField
          id={controlId('startsOn')}
          type="date"
          label={label('startsOn')}
          required
          value={engine.values.startsOn}
          error={engine.errors.startsOn}
          onChange={(startsOn) => engine.change({ startsOn })}
        />
        <TextField
          id={controlId('endsOn')}
          type="date"
          label={label('endsOn')}
          required
          value={engine.values.endsOn}
          error={engine.errors.endsOn}
          onChange={(endsOn) => engine.change({ endsOn })}
        />
      </EntityForm>
    </section>
  );
}
