import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntityForm } from '@/components/form/use-entity-form';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCreateMeasurement, type NewMeasurement } from '../api/create-measurement';
import type { MetricScope } from '../api/get-metric-scopes';
import type { Indicator } from '../api/get-indicators';

/** A value of a MANUAL indicator: FLOW ones over validFrom..validTo, STOCK ones as of a day. */
export function MeasurementForm({ indicators, scopes }: { indicators: Indicator[]; scopes: MetricScope[] }) {
  const { t, i18n } = useTranslation('metrics');
  const id = useId();
  const create = useCreateMeasurement();
  const engine = useEntityForm({
    defaultValues: { indicatorKey: '', scopeId: '', validFrom: '', validTo: '', asOf: '', value: '', note: '' },
    // Refusals show as a whole beneath the fields.
    violations: () => undefined,
    mutation: create,
    save: (form, callbacks) => create.mutate(toMeasurement(form), callbacks),
  });
  const form = engine.values;
  const indicatorKey = form.indicatorKey || indicators[0]?.key || '';
  const scopeId = form.scopeId || scopes[0]?.id || '';
  const indicator = indicators.find((item) => item.key === indicatorKey);
  const isStock = indicator?.kind === 'STOCK';
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    engine.change({ [field]: event.target.value });

  function toMeasurement(values: typeof form): NewMeasurement {
    return {
      indicatorKey,
      scopeId,
      value: Number(values.value),
      ...(isStock ? { asOf: values.asOf } : { validFrom: values.validFrom, validTo: values.validTo }),
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    };
  }

  return (
    <form className="measurement-form" onSubmit={engine.submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('manage.measurement.heading')}</h2>
      <div className="form-field">
        <label htmlFor={`${id}-indicator`}>{t('manage.measurement.indicator')}</label>
        <select id={`${id}-indicator`} value={indicatorKey} onChange={set('indicatorKey')} required>
          {indicators.map((item) => (
            <option key={item.key} value={item.key}>
              {i18n.language === 'en' ? item.nameEn : item.nameDe}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-scope`}>{t('manage.measurement.scope')}</label>
        <select id={`${id}-scope`} value={scopeId} onChange={set('scopeId')} required>
          {scopes.map((scope) => (
            <option key={scope.id} value={scope.id}>
              {scope.name}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-kind-hint`} className="field__hint">
        {isStock ? t('manage.measurement.stockHint') : t('manage.measurement.flowHint')}
      </p>
      {isStock ? (
        <div className="form-field">
          <label htmlFor={`${id}-asOf`}>{t('manage.measurement.asOf')}</label>
          <input
            id={`${id}-asOf`}
            type="date"
            required
            value={form.asOf}
            onChange={set('asOf')}
            aria-describedby={`${id}-kind-hint`}
          />
        </div>
      ) : (
        <>
          <div className="form-field">
            <label htmlFor={`${id}-validFrom`}>{t('manage.measurement.validFrom')}</label>
            <input
              id={`${id}-validFrom`}
              type="date"
              required
              value={form.validFrom}
              onChange={set('validFrom')}
              aria-describedby={`${id}-kind-hint`}
            />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-validTo`}>{t('manage.measurement.validTo')}</label>
            <input
              id={`${id}-validTo`}
              type="date"
              required
              min={form.validFrom || undefined}
              value={form.validTo}
              onChange={set('validTo')}
            />
          </div>
        </>
      )}
      <div className="form-field">
        <label htmlFor={`${id}-value`}>{t('manage.measurement.value')}</label>
        <input
          id={`${id}-value`}
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          required
          value={form.value}
          onChange={set('value')}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-note`}>{t('manage.measurement.note')}</label>
        <input id={`${id}-note`} type="text" maxLength={2000} value={form.note} onChange={set('note')} />
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {t('manage.measurement.submit')}
      </button>
      <p role="status">{create.isSuccess ? t('manage.measurement.saved') : ''}</p>
      {create.isError && <ProblemAlert error={create.error} messages={{ 409: t('manage.measurement.conflict') }} />}
    </form>
  );
}
