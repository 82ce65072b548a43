import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AdminEditButton, AdminResourcePage } from '@/components/AdminResourcePage';
import { useApiClient } from '@/lib/api/api-context';
import { EntityForm } from '@/components/form/EntityForm';
import { SelectField, TextAreaField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useIndicators } from '../api/get-indicators';
import { useMetricScopes } from '../api/get-metric-scopes';
import { useReportingPeriods } from '../api/get-reporting-periods';
import {
  getNarrative,
  getTarget,
  useCreateNarrative,
  useCreateTarget,
  useDeleteNarrative,
  useDeleteTarget,
  useNarratives,
  useTargets,
  useUpdateNarrative,
  useUpdateTarget,
  type IndicatorTarget,
  type Narrative,
} from '../api/manage-catalogue';
import { formatNumber } from '../components/format';
import { MANAGE_ROLES, useCanManageMetrics } from './OutreachManagePage';
import '../metrics.css';

type Option = { value: string; label: string };

/** The catalogues both screens choose from, and the names they show for ids. */
function useCatalogues() {
  const { i18n } = useTranslation('metrics');
  const canManage = useCanManageMetrics();
  const indicators = useIndicators({ enabled: canManage });
  const scopes = useMetricScopes({ enabled: canManage });
  const periods = useReportingPeriods({ enabled: canManage });
  const indicatorName = (key: string) => {
    const indicator = indicators.data?.find((item) => item.key === key);
    return indicator ? (i18n.language === 'en' ? indicator.nameEn : indicator.nameDe) : key;
  };
  return {
    canManage,
    indicatorOptions: (indicators.data ?? []).map((item) => ({ value: item.key, label: indicatorName(item.key) })),
    // archived scopes are no longer offered for new entries; their names still show
    scopeOptions: (scopes.data ?? []).filter((item) => !item.archived).map((item) => ({ value: item.id, label: item.name })),
    periodOptions: (periods.data ?? []).map((item) => ({ value: item.id, label: item.name })),
    indicatorName,
    scopeName: (id: string) => scopes.data?.find((scope) => scope.id === id)?.name ?? id,
    periodName: (id: string) => periods.data?.find((period) => period.id === id)?.name ?? id,
  };
}

/** The screen frame both catalogues share: back to outreach management, staff only, the create form above the list. */
function useFrame(title: string) {
  const { t } = useTranslation('metrics');
  return {
    id: useId(),
    title,
    back: { to: '/outreach/manage', label: t('manage.title') },
    roles: MANAGE_ROLES,
    forbidden: t('manage.forbidden'),
    loading: t('loading'),
    empty: title,
    caption: title,
    captionHidden: true,
  };
}

/** A row's edit and delete buttons, each named after the item. */
function RowButtons({
  name,
  edit,
  remove,
  texts,
}: {
  name: string;
  edit: () => void;
  remove: () => void;
  texts: 'targets' | 'narratives';
}) {
  const { t } = useTranslation('metrics');
  return (
    <td className="admin-row-actions">
      <AdminEditButton label={t('manage.admin.edit')} name={t(`manage.admin.${texts}.editNamed`, { name })} onClick={edit} />{' '}
      <AdminEditButton
        label={t('manage.admin.delete')}
        name={t(`manage.admin.${texts}.deleteNamed`, { name })}
        onClick={remove}
      />
    </td>
  );
}

/** Targets and baselines per indicator, scope and period; a new one (the API refuses a second for the same three). */
export function TargetsAdminPage() {
  const { t, i18n } = useTranslation('metrics');
  const catalogues = useCatalogues();
  const targets = useTargets({ enabled: catalogues.canManage });
  const frame = useFrame(t('manage.admin.targets.title'));
  const remove = useDeleteTarget();
  const label = (key: string) => t(`manage.admin.targets.${key}` as 'manage.admin.targets.target');
  const name = (target: IndicatorTarget) =>
    `${catalogues.indicatorName(target.indicatorKey)}, ${catalogues.scopeName(target.scopeId)}, ${catalogues.periodName(target.periodId)}`;
  return (
    <AdminResourcePage<IndicatorTarget>
      {...frame}
      list={{ all: targets }}
      columns={[
        { label: label('indicatorKey') },
        { label: label('scopeId') },
        { label: label('periodId') },
        { label: label('baseline'), numeric: true },
        { label: label('target'), numeric: true },
        { label: t('manage.admin.actions') },
      ]}
      keyOf={(target) => target.id}
      edit={{
        title: (target) => t('manage.admin.targets.editTitle', { name: name(target) }),
        form: (target, onSaved) => <TargetValuesForm target={target} onSaved={onSaved} />,
      }}
      saved={(target) => t('manage.admin.targets.saved', { name: name(target) })}
      remove={{
        action: t('manage.admin.delete'),
        subject: (target) => t('manage.admin.targets.subject', { name: name(target) }),
        consequence: t('manage.admin.targets.deleteConsequence'),
        mutation: remove,
        removed: (target) => t('manage.admin.targets.deleted', { name: name(target) }),
        messages: { 409: t('manage.admin.periodClosed'), 412: t('manage.admin.stale') },
      }}
      row={(target, { edit, remove }) => (
        <tr key={target.id}>
          <th scope="row">{catalogues.indicatorName(target.indicatorKey)}</th>
          <td>{catalogues.scopeName(target.scopeId)}</td>
          <td>{catalogues.periodName(target.periodId)}</td>
          <td className="data-table__number">{target.baseline == null ? '—' : formatNumber(target.baseline, i18n.language)}</td>
          <td className="data-table__number">{target.target == null ? '—' : formatNumber(target.target, i18n.language)}</td>
          <RowButtons name={name(target)} edit={edit} remove={remove} texts="targets" />
        </tr>
      )}
      create={{
        label: t('manage.admin.targets.new'),
        title: t('manage.admin.targets.new'),
        placement: 'inline',
        form: () => <TargetForm catalogues={catalogues} />,
      }}
    />
  );
}

function CatalogueSelect({
  id,
  label,
  options,
  value,
  error,
  required,
  onChange,
}: {
  id: string;
  label: string;
  options: Option[];
  value: string;
  error?: string;
  required?: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('metrics');
  return (
    <SelectField
      id={id}
      label={label}
      required={required}
      emptyOption={t('manage.admin.targets.choose')}
      options={options}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}

type BaselineTarget = { baseline: string; target: string };

/** The baseline and target fields both target forms share. */
function BaselineTargetFields({
  id,
  engine,
}: {
  id: string;
  engine: {
    values: BaselineTarget;
    errors: Partial<Record<keyof BaselineTarget, string>>;
    change: (values: Partial<BaselineTarget>) => void;
  };
}) {
  const { t } = useTranslation('metrics');
  return (
    <>
      {(['baseline', 'target'] as const).map((key) => (
        <TextField
          key={key}
          id={`${id}-${key}`}
          label={t(`manage.admin.targets.${key}`)}
          inputMode="decimal"
          value={engine.values[key]}
          error={engine.errors[key]}
          onChange={(value) => engine.change({ [key]: value })}
        />
      ))}
    </>
  );
}

function TargetForm({ catalogues }: { catalogues: ReturnType<typeof useCatalogues> }) {
  const { t } = useTranslation('metrics');
  const id = useId();
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
  const options = {
    indicatorKey: catalogues.indicatorOptions,
    scopeId: catalogues.scopeOptions,
    periodId: catalogues.periodOptions,
  };
  return (
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
      {(['indicatorKey', 'scopeId', 'periodId'] as const).map((key) => (
        <CatalogueSelect
          key={key}
          id={`${id}-${key}`}
          label={label(key)}
          required
          options={options[key]}
          value={engine.values[key]}
          error={engine.errors[key]}
          onChange={(value) => engine.change({ [key]: value })}
        />
      ))}
      <BaselineTargetFields id={id} engine={engine} />
    </EntityForm>
  );
}

const decimal = (value: string) => (value.trim() ? Number(value.replace(',', '.')) : undefined);
const targetValues = (target: IndicatorTarget) => ({
  baseline: target.baseline == null ? '' : String(target.baseline),
  target: target.target == null ? '' : String(target.target),
});

/** Baseline and target of a target, saved with If-Match; after a 412 the latest version can be loaded. */
function TargetValuesForm({ target, onSaved }: { target: IndicatorTarget; onSaved: (saved: IndicatorTarget) => void }) {
  const { t } = useTranslation('metrics');
  const id = useId();
  const api = useApiClient();
  const update = useUpdateTarget();
  const [current, setCurrent] = useState(target);
  const engine = useEntityForm({
    defaultValues: targetValues(target),
    fields: ['baseline', 'target'] as const,
    mutation: update,
    save: (values, callbacks) =>
      update.mutate(
        {
          target: current,
          input: {
            ...(values.baseline.trim() ? { baseline: decimal(values.baseline) } : {}),
            ...(values.target.trim() ? { target: decimal(values.target) } : {}),
          },
        },
        callbacks,
      ),
    onSaved: (saved) => onSaved(saved as IndicatorTarget),
    reload: async () => {
      const latest = await getTarget(api, target.id);
      setCurrent(latest);
      return targetValues(latest);
    },
  });
  const label = (key: 'baseline' | 'target') => t(`manage.admin.targets.${key}`);
  return (
    <EntityForm
      engine={engine}
      label={t('manage.admin.targets.saveChanges')}
      texts="metrics:manage.form"
      titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
      labelOf={label}
      focusTarget={(key) => `${id}-${key}`}
      messages={{ 409: t('manage.admin.periodClosed') }}
      submitLabel={t('manage.admin.targets.saveChanges')}
    >
      <BaselineTargetFields id={id} engine={engine} />
    </EntityForm>
  );
}

/** The narrative sections of the report per scope and period, and a new one. */
export function NarrativesAdminPage() {
  const { t } = useTranslation('metrics');
  const catalogues = useCatalogues();
  const narratives = useNarratives({ enabled: catalogues.canManage });
  const frame = useFrame(t('manage.admin.narratives.title'));
  const remove = useDeleteNarrative();
  const label = (key: string) => t(`manage.admin.narratives.${key}` as 'manage.admin.narratives.title');
  return (
    <AdminResourcePage<Narrative>
      {...frame}
      list={{ all: narratives }}
      columns={[
        { label: label('heading') },
        { label: label('scopeId') },
        { label: label('days') },
        { label: t('manage.admin.actions') },
      ]}
      keyOf={(narrative) => narrative.id}
      edit={{
        title: (narrative) => t('manage.admin.narratives.editTitle', { name: narrative.title }),
        form: (narrative, onSaved) => <NarrativeForm catalogues={catalogues} initial={narrative} onSaved={onSaved} />,
      }}
      saved={(narrative) => t('manage.admin.narratives.saved', { name: narrative.title })}
      remove={{
        action: t('manage.admin.delete'),
        subject: (narrative) => t('manage.admin.narratives.subject', { name: narrative.title }),
        consequence: t('manage.admin.narratives.deleteConsequence'),
        mutation: remove,
        removed: (narrative) => t('manage.admin.narratives.deleted', { name: narrative.title }),
        messages: { 409: t('manage.admin.periodClosed'), 412: t('manage.admin.stale') },
      }}
      row={(narrative, { edit, remove }) => (
        <tr key={narrative.id}>
          <th scope="row">{narrative.title}</th>
          <td>{catalogues.scopeName(narrative.scopeId)}</td>
          <td>{t('range', { from: narrative.startsOn, to: narrative.endsOn })}</td>
          <RowButtons name={narrative.title} edit={edit} remove={remove} texts="narratives" />
        </tr>
      )}
      create={{
        label: t('manage.admin.narratives.new'),
        title: t('manage.admin.narratives.new'),
        placement: 'inline',
        form: () => <NarrativeForm catalogues={catalogues} />,
      }}
    />
  );
}

const narrativeValues = (narrative?: Narrative) => ({
  scopeId: narrative?.scopeId ?? '',
  periodId: narrative?.periodId ?? '',
  title: narrative?.title ?? '',
  body: narrative?.body ?? '',
});

/** A new narrative section, or one saved over the version shown (If-Match; after a 412 the latest can be loaded). */
function NarrativeForm({
  catalogues,
  initial,
  onSaved,
}: {
  catalogues: ReturnType<typeof useCatalogues>;
  initial?: Narrative;
  onSaved?: (saved: Narrative) => void;
}) {
  const { t } = useTranslation('metrics');
  const id = useId();
  const api = useApiClient();
  const create = useCreateNarrative();
  const update = useUpdateNarrative();
  const [current, setCurrent] = useState(initial);
  const mutation = initial ? update : create;
  const engine = useEntityForm({
    defaultValues: narrativeValues(initial),
    schema: z.looseObject({
      scopeId: z.string().min(1, t('manage.newPeriod.required')),
      title: z.string().trim().min(1, t('manage.newPeriod.required')),
      body: z.string().trim().min(1, t('manage.newPeriod.required')),
    }),
    fields: ['scopeId', 'periodId', 'title', 'body'] as const,
    mutation,
    save: (values, callbacks) => {
      const input = {
        scopeId: values.scopeId,
        title: values.title.trim(),
        body: values.body.trim(),
        ...(values.periodId ? { periodId: values.periodId } : {}),
      };
      if (current) update.mutate({ narrative: current, input }, callbacks);
      else create.mutate(input, callbacks);
    },
    onSaved: (saved) => {
      onSaved?.(saved as Narrative);
      return current ? undefined : narrativeValues();
    },
    reload: async () => {
      const latest = await getNarrative(api, initial!.id);
      setCurrent(latest);
      return narrativeValues(latest);
    },
  });
  const label = (key: string) => t(`manage.admin.narratives.${key}` as 'manage.admin.narratives.title');
  return (
    <EntityForm
      engine={engine}
      label={initial ? t('manage.admin.narratives.editTitle', { name: initial.title }) : t('manage.admin.narratives.new')}
      texts="metrics:manage.form"
      titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
      labelOf={label}
      focusTarget={(key) => `${id}-${key}`}
      messages={{ 409: t('manage.admin.periodClosed') }}
      submitLabel={initial ? t('manage.admin.narratives.saveChanges') : t('manage.admin.narratives.save')}
    >
      <CatalogueSelect
        id={`${id}-scopeId`}
        label={label('scopeId')}
        required
        options={catalogues.scopeOptions}
        value={engine.values.scopeId}
        error={engine.errors.scopeId}
        onChange={(scopeId) => engine.change({ scopeId })}
      />
      <CatalogueSelect
        id={`${id}-periodId`}
        label={label('periodId')}
        options={catalogues.periodOptions}
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
  );
}
