import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AdminEditButton, AdminResourcePage } from '@/components/AdminResourcePage';
import { CheckboxField } from '@/components/form/CheckboxField';
import { EntityForm } from '@/components/form/EntityForm';
import { SelectField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { GERMAN_STATES } from '@/lib/enums';
import { formatDay } from '@/lib/format';
import { useStateName } from '@/lib/use-state-name';
import { useApiClient } from '@/lib/api/api-context';
import { Loading } from '@/components/Loading';
import { useMetricScopes, type MetricScope } from '../api/get-metric-scopes';
import { getMetricScope, useCreateMetricScope, useUpdateMetricScope, type NewMetricScope } from '../api/manage-catalogue';
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
  const coordinate = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 5 });
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
        { label: t('manage.admin.scopes.position') },
        { label: t('manage.admin.scopes.status') },
        { label: t('manage.admin.actions') },
      ]}
      keyOf={(scope) => scope.id}
      row={(scope, { edit, editing }) => (
        <tr key={scope.id}>
          <th scope="row">{scope.name}</th>
          <td>{t(`manage.admin.scopes.kinds.${scope.kind}`)}</td>
          <td>{scope.town ?? '—'}</td>
          <td>{stateName(scope.state)}</td>
          <td>{scope.openedOn ? formatDay(scope.openedOn, i18n.language) : '—'}</td>
          <td>{scope.latitude == null ? '—' : `${coordinate(scope.latitude)}, ${coordinate(scope.longitude!)}`}</td>
          <td>{scope.archived ? t('manage.admin.scopes.archivedState') : t('manage.admin.scopes.active')}</td>
          <td>
            <AdminEditButton
              label={t('manage.admin.edit')}
              name={t('manage.admin.scopes.editNamed', { name: scope.name })}
              expanded={editing}
              onClick={edit}
            />
          </td>
        </tr>
      )}
      edit={{
        title: (scope) => t('manage.admin.scopes.editTitle', { name: scope.name }),
        placement: 'inline',
        form: (scope) => <ScopeEditor scope={scope} />,
      }}
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
      <NameTownFields engine={engine} control={control} label={label} />
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

type NameTown = { name: string; town: string };

/** The name and town fields both scope forms share. */
function NameTownFields({
  engine,
  control,
  label,
}: {
  engine: { values: NameTown; errors: Partial<Record<keyof NameTown, string>>; change: (values: Partial<NameTown>) => void };
  control: (key: keyof NameTown) => string;
  label: (key: keyof NameTown) => string;
}) {
  return (
    <>
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
        maxLength={100}
        value={engine.values.town}
        error={engine.errors.town}
        onChange={(town) => engine.change({ town })}
      />
    </>
  );
}

const PositionMap = lazy(() => import('@/components/map/PositionMap'));

const EDIT_FIELDS = ['name', 'town', 'latitude', 'longitude', 'archived'] as const;
type EditField = (typeof EDIT_FIELDS)[number];

const editValues = (scope: MetricScope) => ({
  name: scope.name,
  town: scope.town ?? '',
  latitude: scope.latitude == null ? '' : String(scope.latitude),
  longitude: scope.longitude == null ? '' : String(scope.longitude),
  archived: scope.archived,
});

const degrees = (value: string) => (value.trim() ? Number(value.trim().replace(',', '.')) : undefined);

/** A scope's name, town, position (shown on a map) and archive flag, saved with If-Match; after a 412 the latest can be loaded. */
function ScopeEditor({ scope }: { scope: MetricScope }) {
  const { t } = useTranslation('metrics');
  const id = useId();
  const api = useApiClient();
  const update = useUpdateMetricScope();
  const [current, setCurrent] = useState(scope);
  const number = z
    .string()
    .refine((value) => !value.trim() || Number.isFinite(degrees(value)), t('manage.admin.scopes.coordinate'));
  const engine = useEntityForm({
    defaultValues: editValues(scope),
    schema: z.looseObject({
      name: z.string().trim().min(1, t('manage.newPeriod.required')),
      latitude: number,
      longitude: number,
    }),
    fields: EDIT_FIELDS,
    mutation: update,
    save: (values, callbacks) =>
      update.mutate(
        {
          scope: current,
          input: {
            name: values.name.trim(),
            ...(values.town.trim() ? { town: values.town.trim() } : {}),
            ...(values.latitude.trim() ? { latitude: degrees(values.latitude) } : {}),
            ...(values.longitude.trim() ? { longitude: degrees(values.longitude) } : {}),
            archived: values.archived,
          },
        },
        callbacks,
      ),
    onSaved: (saved) => {
      setCurrent(saved as MetricScope);
      return editValues(saved as MetricScope);
    },
    reload: async () => {
      const latest = await getMetricScope(api, scope.id);
      setCurrent(latest);
      return editValues(latest);
    },
  });
  const label = (key: EditField) => t(`manage.admin.scopes.${key}`);
  const control = (key: EditField) => `${id}-${key}`;
  return (
    <>
      <EntityForm
        engine={engine}
        label={t('manage.admin.scopes.editTitle', { name: scope.name })}
        texts="metrics:manage.form"
        titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
        labelOf={label}
        focusTarget={control}
        submitLabel={t('manage.admin.scopes.saveChanges')}
      >
        <NameTownFields engine={engine} control={control} label={label} />
        {(['latitude', 'longitude'] as const).map((key) => (
          <TextField
            key={key}
            id={control(key)}
            label={label(key)}
            inputMode="decimal"
            hint={t('manage.admin.scopes.positionHint')}
            value={engine.values[key]}
            error={engine.errors[key]}
            onChange={(value) => engine.change({ [key]: value })}
          />
        ))}
        <CheckboxField
          id={control('archived')}
          label={label('archived')}
          checked={engine.values.archived}
          onChange={(archived) => engine.change({ archived })}
        />
      </EntityForm>
      {current.latitude != null && current.longitude != null ? (
        <Suspense fallback={<Loading label={t('loading')} />}>
          <PositionMap
            latitude={current.latitude}
            longitude={current.longitude}
            name={current.name}
            label={t('manage.admin.scopes.mapLabel', { name: current.name })}
            zoomIn={t('manage.admin.scopes.zoomIn')}
            zoomOut={t('manage.admin.scopes.zoomOut')}
          />
        </Suspense>
      ) : (
        <p className="message">{t('manage.admin.scopes.noPosition')}</p>
      )}
    </>
  );
}
