import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AdminResourcePage } from '@/components/AdminResourcePage';
import { EntityForm } from '@/components/form/EntityForm';
import { SelectField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { GERMAN_STATES } from '@/lib/enums';
import { formatDay } from '@/lib/format';
import { useStateName } from '@/lib/use-state-name';
import { useMetricScopes, type MetricScope } from '../api/get-metric-scopes';
import { useCreateMetricScope, type NewMetricScope } from '../api/manage-catalogue';
import { MANAGE_ROLES, useCanManageMetrics } from './OutreachManagePage';
import '@/components/ui.css';
import '../metrics.css';

const KINDS = ['COUNSELLING_LOCATION', 'PROGRAMME', 'ORGANISATION'] as const;
const FIELDS = ['kind', 'name', 'town', 'state', 'openedOn'] as const;
type Field = (typeof FIELDS)[number];

/** The scopes figures belong to (counselling locations, offices and programmes, organisations), and a new one. */
export function ScopesAdminPage() {
  const { t, i18n } = useTranslation('metrics');
  const canManage = useCanManageMetrics();
  const stateName = useStateName();
  const scopes = useMetricScopes({ enabled: canManage });
  return (
    <AdminResourcePage<MetricScope>
      id="admin-scopes"
      title={t('manage.admin.scopes.title')}
      back={{ to: '/outreach/manage', label: t('manage.title') }}
      roles={MANAGE_ROLES}
      forbidden={t('manage.forbidden')}
      list={{ all: scopes }}
      loading={t('loading')}
      empty={t('manage.admin.scopes.caption')}
      caption={t('manage.admin.scopes.caption')}
      columns={[
        { label: t('manage.admin.scopes.name') },
        { label: t('manage.admin.scopes.kind') },
        { label: t('manage.admin.scopes.town') },
        { label: t('manage.admin.scopes.state') },
        { label: t('manage.admin.scopes.openedOn') },
      ]}
      keyOf={(scope) => scope.id}
      row={(scope) => (
        <tr key={scope.id}>
          <th scope="row">{scope.name}</th>
          <td>{t(`manage.admin.scopes.kinds.${scope.kind}`)}</td>
          <td>{scope.town ?? '—'}</td>
          <td>{stateName(scope.state)}</td>
          <td>{scope.openedOn ? formatDay(scope.openedOn, i18n.language) : '—'}</td>
        </tr>
      )}
      create={{
        label: t('manage.admin.scopes.new'),
        title: t('manage.admin.scopes.new'),
        placement: 'inline',
        form: () => <ScopeForm />,
      }}
    />
  );
}

function ScopeForm() {
  const { t } = useTranslation('metrics');
  const id = useId();
  const stateName = useStateName();
  const create = useCreateMetricScope();
  const empty = { kind: 'COUNSELLING_LOCATION', name: '', town: '', state: 'SN', openedOn: '' };
  const engine = useEntityForm({
    defaultValues: empty,
    schema: z.looseObject({ name: z.string().trim().min(1, t('manage.newPeriod.required')) }),
    fields: FIELDS,
    mutation: create,
    save: (values, callbacks) =>
      create.mutate(
        {
          kind: values.kind as NewMetricScope['kind'],
          name: values.name.trim(),
          state: values.state as NewMetricScope['state'],
          ...(values.town.trim() ? { town: values.town.trim() } : {}),
          ...(values.openedOn ? { openedOn: values.openedOn } : {}),
        },
        callbacks,
      ),
    onSaved: () => empty,
  });
  const label = (key: Field) => t(`manage.admin.scopes.${key}`);
  const control = (key: Field) => `${id}-${key}`;
  return (
    <EntityForm
      engine={engine}
      label={t('manage.admin.scopes.new')}
      texts="metrics:manage.form"
      titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
      labelOf={label}
      focusTarget={control}
      submitLabel={t('manage.admin.scopes.save')}
    >
      <SelectField
        id={control('kind')}
        label={label('kind')}
        required
        options={KINDS.map((kind) => ({ value: kind, label: t(`manage.admin.scopes.kinds.${kind}`) }))}
        value={engine.values.kind}
        error={engine.errors.kind}
        onChange={(kind) => engine.change({ kind })}
      />
      <TextField
        id={control('name')}
        label={label('name')}
        required
        maxLength={200}
        value={engine.values.name}
        error={engine.errors.name}
        onChange={(name) => engine.change({ name })}
      />
      <TextField
        id={control('town')}
        label={label('town')}
        maxLength={200}
        value={engine.values.town}
        error={engine.errors.town}
        onChange={(town) => engine.change({ town })}
      />
      <SelectField
        id={control('state')}
        label={label('state')}
        required
        options={GERMAN_STATES.map((state) => ({ value: state, label: stateName(state) }))}
        value={engine.values.state}
        error={engine.errors.state}
        onChange={(state) => engine.change({ state })}
      />
      <TextField
        id={control('openedOn')}
        type="date"
        label={label('openedOn')}
        value={engine.values.openedOn}
        error={engine.errors.openedOn}
        onChange={(openedOn) => engine.change({ openedOn })}
      />
    </EntityForm>
  );
}
