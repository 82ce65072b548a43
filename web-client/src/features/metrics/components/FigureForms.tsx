import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EntityForm } from '@/components/form/EntityForm';
import { TextAreaField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useCreateMeasurement } from '../api/create-measurement';
import type { Indicator } from '../api/get-indicators';
import type { ReportingPeriod } from '../api/get-reporting-periods';
import { useCorrectMeasurement, type Measurement } from '../api/measurements';

function useIndicatorName() {
  const { i18n } = useTranslation('metrics');
  return (indicator: { nameDe: string; nameEn: string }) => (i18n.language === 'en' ? indicator.nameEn : indicator.nameDe);
}

/**
 * Enters a manual figure for the whole period: FLOW indicators over its days, STOCK indicators as of its
 * last day.
 */
export function EntryForm({ indicator, scopeId, period }: { indicator: Indicator; scopeId: string; period: ReportingPeriod }) {
  const { t } = useTranslation('metrics');
  const id = useId();
  const nameOf = useIndicatorName();
  const name = nameOf(indicator);
  const create = useCreateMeasurement();
  const engine = useEntityForm({
    defaultValues: { value: '' },
    schema: z.looseObject({ value: z.string().regex(/^\d+([.,]\d{1,2})?$/, t('manage.figures.number')) }),
    fields: ['value'] as const,
    mutation: create,
    save: (values, callbacks) =>
      create.mutate(
        {
          indicatorKey: indicator.key,
          scopeId,
          value: Number(values.value.replace(',', '.')),
          ...(indicator.kind === 'STOCK' ? { asOf: period.endsOn } : { validFrom: period.startsOn, validTo: period.endsOn }),
        },
        callbacks,
      ),
  });
  return (
    <EntityForm
      engine={engine}
      label={t('manage.figures.enterLabel', { name })}
      className="figure-form"
      texts="metrics:manage.form"
      titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
      labelOf={() => t('manage.figures.valueFor', { name })}
      focusTarget={() => `${id}-value`}
      messages={{ 409: t('manage.measurement.conflict') }}
      submitLabel={t('manage.figures.enter', { name })}
    >
      <TextField
        id={`${id}-value`}
        label={t('manage.figures.valueFor', { name })}
        inputMode="decimal"
        required
        value={engine.values.value}
        error={engine.errors.value}
        onChange={(value) => engine.change({ value })}
      />
    </EntityForm>
  );
}

/** Replaces a value with a corrected one and says why; the old value stays in the history. */
export function CorrectionForm({ measurement, name, onDone }: { measurement: Measurement; name: string; onDone: () => void }) {
  const { t } = useTranslation('metrics');
  const id = useId();
  const correct = useCorrectMeasurement();
  const fields = ['value', 'reason'] as const;
  const engine = useEntityForm({
    defaultValues: { value: String(measurement.value), reason: '' },
    schema: z.looseObject({
      value: z.string().regex(/^\d+([.,]\d{1,2})?$/, t('manage.figures.number')),
      reason: z.string().trim().min(1, t('manage.figures.reasonRequired')),
    }),
    fields,
    mutation: correct,
    save: (values, callbacks) =>
      correct.mutate(
        { id: measurement.id, correction: { value: Number(values.value.replace(',', '.')), reason: values.reason.trim() } },
        {
          onSuccess: (saved) => {
            callbacks.onSuccess(saved);
            onDone();
          },
          onError: callbacks.onError,
        },
      ),
  });
  const label = (key: (typeof fields)[number]) => t(`manage.figures.correction.${key}`);
  return (
    <EntityForm
      engine={engine}
      label={t('manage.figures.correction.label', { name })}
      className="figure-form figure-form--correction"
      texts="metrics:manage.form"
      titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
      labelOf={label}
      focusTarget={(key) => `${id}-${key}`}
      messages={{ 403: t('manage.figures.correction.forbidden'), 409: t('manage.figures.correction.conflict') }}
      submitLabel={t('manage.figures.correction.submit')}
    >
      <TextField
        id={`${id}-value`}
        label={label('value')}
        inputMode="decimal"
        required
        value={engine.values.value}
        error={engine.errors.value}
        onChange={(value) => engine.change({ value })}
      />
      <TextAreaField
        id={`${id}-reason`}
        label={label('reason')}
        hint={t('manage.figures.correction.reasonHint')}
        required
        rows={2}
        maxLength={2000}
        value={engine.values.reason}
        error={engine.errors.reason}
        onChange={(reason) => engine.change({ reason })}
      />
    </EntityForm>
  );
}

export { useIndicatorName };
