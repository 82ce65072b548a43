import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { EntityForm } from '@/components/form/EntityForm';
import { SelectField, TextAreaField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { useIndicators } from '../api/get-indicators';
import { useMetricScopes } from '../api/get-metric-scopes';
import { useReportingPeriods } from '../api/get-reporting-periods';
import { useCreateNarrative, useCreateTarget, useNarratives, useTargets } from '../api/manage-catalogue';
import { formatNumber } from '../components/format';
import { useCanManageMetrics } from './OutreachManagePage';
import '@/components/ui.css';
import '../metrics.css';

/** Targets and baselines per indicator, scope and period; a new one (the API refuses a second for the same three). */
export function TargetsAdminPage() {
  const { t, i18n } = useTranslation('metrics');
  const id = useId();
  const canManage = useCanManageMetrics();
  const targets = useTargets({ enabled: canManage });
  const indicators = useIndicators({ enabled: canManage });
  const scopes = useMetricScopes({ enabled: canManage });
  const periods = useReportingPeriods({ enabled: canManage });
  const create = useCreateTarget();
  const engine = useEntityForm({
    defaultValues: { indicatorKey: '', scopeId: '', periodId: '', baseline: '', target: '' },
    schema: z.looseObject({
      indicatorKey: z.string().min(1, t('manage.newPeriod.required')),
      scopeId: z.string().min(1, t('manage.newPeriod.required')),
      periodId: z.string().min(1, t('manage.newPeriod.required')),
    }),
    fields: ['indicatorKey', 'scopeId', 'periodId', 'baseline', 'target'] as const,
    mutation: create,
    save: (values, callbacks) =>
      create.mutate(
        {
          indicatorKey: values.indicatorKey,
          scopeId: values.scopeId,
          periodId: values.periodId,
          ...(values.baseline ? { baseline: Number(values.baseline.replace(',', '.')) } : {}),
          ...(values.target ? { target: Number(values.target.replace(',', '.')) } : {}),
        },
        callbacks,
      ),
  });
  const label = (key: string) => t(`manage.admin.targets.${key}` as 'manage.admin.targets.target');
  const nameOf = (key: string) => {
    const indicator = indicators.data?.find((item) => item.key === key);
    return indicator ? (i18n.language === 'en' ? indicator.nameEn : indicator.nameDe) : key;
  };
  const field = (key: 'indicatorKey' | 'scopeId' | 'periodId', options: { value: string; label: string }[]) => (
    <SelectField
      id={`${id}-${key}`}
      label={label(key)}
      required
      emptyOption={t('manage.admin.targets.choose')}
      options={options}
      value={engine.values[key]}
      error={engine.errors[key]}
      onChange={(value) => engine.change({ [key]: value })}
    />
  );
  return (
    <div className="outreach">
      <PageHeading title={t('manage.admin.targets.title')}>{t('manage.admin.targets.title')}</PageHeading>
      <p>
        <Link to="/outreach/manage">{t('manage.title')}</Link>
      </p>
      {!canManage ? (
        <p className="message">{t('manage.forbidden')}</p>
      ) : (
        <>
          <section className="report-section" aria-labelledby={`${id}-heading`}>
            <h2 id={`${id}-heading`}>{t('manage.admin.targets.new')}</h2>
            <EntityForm
              engine={engine}
              label={t('manage.admin.targets.new')}
              texts="metrics:manage.form"
              titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
              labelOf={label}
              focusTarget={(key) => `${id}-${key}`}
              messages={{ 409: t('manage.admin.targets.conflict') }}
              submitLabel={t('manage.admin.targets.save')}
            >
              {field(
                'indicatorKey',
                (indicators.data ?? []).map((item) => ({ value: item.key, label: nameOf(item.key) })),
              )}
              {field(
                'scopeId',
                (scopes.data ?? []).map((item) => ({ value: item.id, label: item.name })),
              )}
              {field(
                'periodId',
                (periods.data ?? []).map((item) => ({ value: item.id, label: item.name })),
              )}
              {(['baseline', 'target'] as const).map((key) => (
                <TextField
                  key={key}
                  id={`${id}-${key}`}
                  label={label(key)}
                  inputMode="decimal"
                  value={engine.values[key]}
                  error={engine.errors[key]}
                  onChange={(value) => engine.change({ [key]: value })}
                />
              ))}
            </EntityForm>
          </section>
          {targets.isPending && <Loading label={t('loading')} />}
          {targets.isError && <ErrorMessage error={targets.error} />}
          {targets.data && (
            <DataTable
              captionId={`${id}-caption`}
              caption={t('manage.admin.targets.title')}
              captionHidden
              columns={[
                { label: label('indicatorKey') },
                { label: label('scopeId') },
                { label: label('periodId') },
                { label: label('baseline'), numeric: true },
                { label: label('target'), numeric: true },
              ]}
            >
              {targets.data.map((target) => (
                <tr key={target.id}>
                  <th scope="row">{nameOf(target.indicatorKey)}</th>
                  <td>{scopes.data?.find((scope) => scope.id === target.scopeId)?.name ?? target.scopeId}</td>
                  <td>{periods.data?.find((period) => period.id === target.periodId)?.name ?? target.periodId}</td>
                  <td className="data-table__number">
                    {target.baseline == null ? '—' : formatNumber(target.baseline, i18n.language)}
                  </td>
                  <td className="data-table__number">
                    {target.target == null ? '—' : formatNumber(target.target, i18n.language)}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </div>
  );
}

/** The narrative sections of the report per scope and period, and a new one. */
export function NarrativesAdminPage() {
  const { t } = useTranslation('metrics');
  const id = useId();
  const canManage = useCanManageMetrics();
  const narratives = useNarratives({ enabled: canManage });
  const scopes = useMetricScopes({ enabled: canManage });
  const periods = useReportingPeriods({ enabled: canManage });
  const create = useCreateNarrative();
  const empty = { scopeId: '', periodId: '', title: '', body: '' };
  const engine = useEntityForm({
    defaultValues: empty,
    schema: z.looseObject({
      scopeId: z.string().min(1, t('manage.newPeriod.required')),
      title: z.string().trim().min(1, t('manage.newPeriod.required')),
      body: z.string().trim().min(1, t('manage.newPeriod.required')),
    }),
    fields: ['scopeId', 'periodId', 'title', 'body'] as const,
    mutation: create,
    save: (values, callbacks) =>
      create.mutate(
        {
          scopeId: values.scopeId,
          title: values.title.trim(),
          body: values.body.trim(),
          ...(values.periodId ? { periodId: values.periodId } : {}),
        },
        callbacks,
      ),
    onSaved: () => empty,
  });
  const label = (key: string) => t(`manage.admin.narratives.${key}` as 'manage.admin.narratives.title');
  return (
    <div className="outreach">
      <PageHeading title={t('manage.admin.narratives.title')}>{t('manage.admin.narratives.title')}</PageHeading>
      <p>
        <Link to="/outreach/manage">{t('manage.title')}</Link>
      </p>
      {!canManage ? (
        <p className="message">{t('manage.forbidden')}</p>
      ) : (
        <>
          <section className="report-section" aria-labelledby={`${id}-heading`}>
            <h2 id={`${id}-heading`}>{t('manage.admin.narratives.new')}</h2>
            <EntityForm
              engine={engine}
              label={t('manage.admin.narratives.new')}
              texts="metrics:manage.form"
              titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
              labelOf={label}
              focusTarget={(key) => `${id}-${key}`}
              submitLabel={t('manage.admin.narratives.save')}
            >
              <SelectField
                id={`${id}-scopeId`}
                label={label('scopeId')}
                required
                emptyOption={t('manage.admin.targets.choose')}
                options={(scopes.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
                value={engine.values.scopeId}
                error={engine.errors.scopeId}
                onChange={(scopeId) => engine.change({ scopeId })}
              />
              <SelectField
                id={`${id}-periodId`}
                label={label('periodId')}
                emptyOption={t('manage.admin.targets.choose')}
                options={(periods.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
                value={engine.values.periodId}
                error={engine.errors.periodId}
                onChange={(periodId) => engine.change({ periodId })}
              />
              <TextField
                id={`${id}-title`}
                label={label('heading')}
                required
                maxLength={200}
                value={engine.values.title}
                error={engine.errors.title}
                onChange={(title) => engine.change({ title })}
              />
              <TextAreaField
                id={`${id}-body`}
                label={label('body')}
                required
                value={engine.values.body}
                error={engine.errors.body}
                onChange={(body) => engine.change({ body })}
              />
            </EntityForm>
          </section>
          {narratives.isPending && <Loading label={t('loading')} />}
          {narratives.isError && <ErrorMessage error={narratives.error} />}
          {narratives.data && (
            <DataTable
              captionId={`${id}-caption`}
              caption={t('manage.admin.narratives.title')}
              captionHidden
              columns={[{ label: label('heading') }, { label: label('scopeId') }, { label: label('days') }]}
            >
              {narratives.data.map((narrative) => (
                <tr key={narrative.id}>
                  <th scope="row">{narrative.title}</th>
                  <td>{scopes.data?.find((scope) => scope.id === narrative.scopeId)?.name ?? narrative.scopeId}</td>
                  <td>{t('range', { from: narrative.startsOn, to: narrative.endsOn })}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </div>
  );
}
