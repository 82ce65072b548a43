import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AdminEditButton, AdminResourcePage } from '@/components/AdminResourcePage';
import { EntityForm } from '@/components/form/EntityForm';
import { SelectField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import { useAuth } from '@/lib/auth-context';
import { useIndicators, type Indicator } from '../api/get-indicators';
import { getIndicator, useUpdateIndicator } from '../api/manage-catalogue';
import { MANAGE_ROLES, useCanManageMetrics } from './OutreachManagePage';
import '@/components/ui.css';
import '../metrics.css';

const FIELDS = ['nameDe', 'nameEn', 'unit', 'isPublic', 'position'] as const;
type Field = (typeof FIELDS)[number];

/** The indicator catalogue: names, unit, kind, visibility and source; admins change them (If-Match, 412 with reload). */
export function IndicatorsAdminPage() {
  const { t, i18n } = useTranslation('metrics');
  const canManage = useCanManageMetrics();
  const auth = useAuth();
  const isAdmin = auth.authenticated && auth.hasRole('admin');
  const indicators = useIndicators({ enabled: canManage });
  const formHeading = (indicator: Indicator) => t('manage.admin.indicators.formHeading', { name: indicator.nameDe });
  return (
    <AdminResourcePage<Indicator>
      id="admin-indicators"
      title={t('manage.admin.indicators.title')}
      back={{ to: '/outreach/manage', label: t('manage.title') }}
      roles={MANAGE_ROLES}
      forbidden={t('manage.forbidden')}
      list={{ all: indicators }}
      loading={t('loading')}
      empty={t('manage.admin.indicators.title')}
      caption={t('manage.admin.indicators.title')}
      captionHidden
      columns={[
        { label: t('manage.admin.indicators.name') },
        { label: t('manage.admin.indicators.unit') },
        { label: t('manage.admin.indicators.kind') },
        { label: t('manage.admin.indicators.visibility') },
        { label: t('manage.admin.indicators.source') },
        isAdmin && { label: t('manage.admin.indicators.actions') },
      ]}
      keyOf={(indicator) => indicator.key}
      row={(indicator, { edit, editing }) => {
        const name = i18n.language === 'en' ? indicator.nameEn : indicator.nameDe;
        return (
          <tr key={indicator.key}>
            <th scope="row">
              {name}
              <br />
              <code>{indicator.key}</code>
            </th>
            <td>{indicator.unit}</td>
            <td>{t(`manage.figures.kind.${indicator.kind}`)}</td>
            <td>{indicator.isPublic ? t('manage.admin.indicators.public') : t('manage.admin.indicators.internal')}</td>
            <td>
              {indicator.source === 'MANUAL'
                ? t('manage.admin.indicators.manual')
                : t(`manage.figures.derivation.${indicator.derivation ?? 'EVENTS_HELD'}`)}
            </td>
            {isAdmin && (
              <td>
                <AdminEditButton
                  label={t('manage.admin.indicators.edit', { name })}
                  name={t('manage.admin.indicators.edit', { name })}
                  expanded={editing}
                  onClick={edit}
                />
              </td>
            )}
          </tr>
        );
      }}
      edit={{ title: formHeading, placement: 'inline', form: (indicator) => <IndicatorForm indicator={indicator} /> }}
    />
  );
}

function valuesOf(indicator: Indicator) {
  return {
    nameDe: indicator.nameDe,
    nameEn: indicator.nameEn,
    unit: indicator.unit,
    isPublic: indicator.isPublic ? 'true' : 'false',
    position: String(indicator.position),
  };
}

function IndicatorForm({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('metrics');
  const id = useId();
  const api = useApiClient();
  const update = useUpdateIndicator();
  const [current, setCurrent] = useState(indicator);
  const engine = useEntityForm({
    defaultValues: valuesOf(indicator),
    schema: z.looseObject({
      nameDe: z.string().trim().min(1, t('manage.newPeriod.required')),
      nameEn: z.string().trim().min(1, t('manage.newPeriod.required')),
      unit: z.string().trim().min(1, t('manage.newPeriod.required')),
      position: z.string().regex(/^\d{1,5}$/, t('manage.figures.number')),
    }),
    fields: FIELDS,
    mutation: update,
    save: (values, callbacks) =>
      update.mutate(
        {
          indicator: current,
          update: {
            nameDe: values.nameDe.trim(),
            nameEn: values.nameEn.trim(),
            definition: current.definition,
            unit: values.unit.trim(),
            category: current.category,
            impactLevel: current.impactLevel,
            isPublic: values.isPublic === 'true',
            position: Number(values.position),
          },
        },
        callbacks,
      ),
    onSaved: (saved) => {
      setCurrent(saved as Indicator);
      return valuesOf(saved as Indicator);
    },
    reload: async () => {
      const latest = await getIndicator(api, indicator.key);
      setCurrent(latest);
      return valuesOf(latest);
    },
  });
  const label = (key: Field) => t(`manage.admin.indicators.${key}`);
  const control = (key: Field) => `${id}-${key}`;
  return (
    <EntityForm
      engine={engine}
      label={t('manage.admin.indicators.formHeading', { name: indicator.nameDe })}
      texts="metrics:manage.form"
      titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
      labelOf={label}
      focusTarget={control}
      messages={{ 403: t('manage.admin.indicators.forbidden') }}
      submitLabel={t('manage.admin.indicators.save')}
    >
      {(['nameDe', 'nameEn', 'unit'] as const).map((key) => (
        <TextField
          key={key}
          id={control(key)}
          label={label(key)}
          required
          maxLength={key === 'unit' ? 40 : 200}
          value={engine.values[key]}
          error={engine.errors[key]}
          onChange={(value) => engine.change({ [key]: value })}
        />
      ))}
      <SelectField
        id={control('isPublic')}
        label={label('isPublic')}
        options={[
          { value: 'true', label: t('manage.admin.indicators.public') },
          { value: 'false', label: t('manage.admin.indicators.internal') },
        ]}
        value={engine.values.isPublic}
        onChange={(isPublic) => engine.change({ isPublic })}
      />
      <TextField
        id={control('position')}
        label={label('position')}
        inputMode="numeric"
        required
        value={engine.values.position}
        error={engine.errors.position}
        onChange={(position) => engine.change({ position })}
      />
    </EntityForm>
  );
}
