import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ExpertiseTopic } from '@/api/get-expertise-topics';
import { AdminEditButton, AdminResourcePage } from '@/components/AdminResourcePage';
import { CheckboxField } from '@/components/form/CheckboxField';
import { EntityForm } from '@/components/form/EntityForm';
import { TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import { useAuth } from '@/lib/auth-context';
import { getExpertiseTopic, useAllExpertiseTopics, useCreateExpertiseTopic, useUpdateExpertiseTopic } from '../api/manage-topics';
import { STAFF } from './shared';

/** The expertise topics coaches advise on, in display order; admins add, rename, reorder and archive them. */
export function ExpertiseTopicsPage() {
  const { t } = useTranslation('coaching');
  const auth = useAuth();
  const isAdmin = auth.authenticated && auth.hasRole('admin');
  return (
    <AdminResourcePage<ExpertiseTopic>
      id="topics"
      title={t('admin.topics.title')}
      back={{ to: '/admin', label: t('admin.back') }}
      roles={STAFF}
      forbidden={t('admin.forbidden')}
      intro={t('admin.topics.intro')}
      list={{ all: useAllExpertiseTopics() }}
      loading={t('admin.topics.loading')}
      empty={t('admin.topics.caption')}
      caption={t('admin.topics.caption')}
      columns={[
        { label: t('admin.topics.position'), numeric: true },
        { label: t('admin.topics.nameDe') },
        { label: t('admin.topics.nameEn') },
        { label: t('admin.topics.key') },
        { label: t('admin.topics.status') },
        isAdmin && { label: t('admin.actions') },
      ]}
      keyOf={(topic) => topic.key}
      row={(topic, { edit }) => (
        <tr key={topic.key}>
          <td className="data-table__number">{topic.position}</td>
          <th scope="row">{topic.nameDe}</th>
          <td>{topic.nameEn}</td>
          <td>
            <code>{topic.key}</code>
          </td>
          <td>{topic.archived ? t('admin.topics.archivedState') : t('admin.topics.offered')}</td>
          {isAdmin && (
            <td>
              <AdminEditButton label={t('admin.edit')} name={t('admin.editNamed', { name: topic.nameDe })} onClick={edit} />
            </td>
          )}
        </tr>
      )}
      create={
        isAdmin
          ? {
              label: t('admin.topics.new'),
              title: t('admin.topics.createTitle'),
              form: (onSaved) => <TopicForm onSaved={onSaved} />,
            }
          : undefined
      }
      edit={{
        title: (topic) => t('admin.topics.editTitle', { name: topic.nameDe }),
        form: (topic, onSaved) => <TopicForm initial={topic} onSaved={onSaved} />,
      }}
      saved={(topic) => t('admin.topics.saved', { name: topic.nameDe })}
    />
  );
}

const FIELDS = ['key', 'nameDe', 'nameEn', 'position', 'archived'] as const;
type Field = (typeof FIELDS)[number];

const valuesOf = (topic?: ExpertiseTopic) => ({
  key: topic?.key ?? '',
  nameDe: topic?.nameDe ?? '',
  nameEn: topic?.nameEn ?? '',
  position: topic ? String(topic.position) : '',
  archived: topic?.archived ?? false,
});

/** A new topic, or one saved with If-Match of the version shown (after a 412 the latest can be loaded). */
function TopicForm({ initial, onSaved }: { initial?: ExpertiseTopic; onSaved: (topic: ExpertiseTopic) => void }) {
  const { t } = useTranslation('coaching');
  const id = useId();
  const api = useApiClient();
  const create = useCreateExpertiseTopic();
  const update = useUpdateExpertiseTopic();
  const [current, setCurrent] = useState(initial);
  const required = t('admin.required');
  const engine = useEntityForm({
    defaultValues: valuesOf(initial),
    schema: z.looseObject({
      key: initial ? z.string() : z.string().regex(/^[A-Z_]{1,40}$/, t('admin.topics.keyRule')),
      nameDe: z.string().trim().min(1, required),
      nameEn: z.string().trim().min(1, required),
      position: z.string().regex(/^\d{1,4}$/, t('admin.topics.positionRule')),
    }),
    fields: FIELDS,
    mutation: initial ? update : create,
    save: (values, callbacks) => {
      const names = { nameDe: values.nameDe.trim(), nameEn: values.nameEn.trim(), position: Number(values.position) };
      if (current) update.mutate({ topic: current, input: { ...names, archived: values.archived } }, callbacks);
      else create.mutate({ key: values.key, ...names }, callbacks);
    },
    onSaved: (saved) => onSaved(saved as ExpertiseTopic),
    reload: async () => {
      const latest = await getExpertiseTopic(api, initial!.key);
      setCurrent(latest);
      return valuesOf(latest);
    },
  });
  const label = (key: Field) => t(`admin.topics.fields.${key}`);
  const control = (key: Field) => `${id}-${key}`;
  const text = (key: 'key' | 'nameDe' | 'nameEn' | 'position') => ({
    id: control(key),
    label: label(key),
    required: true,
    value: engine.values[key],
    error: engine.errors[key],
    onChange: (value: string) => engine.change({ [key]: value }),
  });
  return (
    <EntityForm
      engine={engine}
      label={initial ? t('admin.topics.editTitle', { name: initial.nameDe }) : t('admin.topics.createTitle')}
      texts="coaching:admin.form"
      titleIds={{ conflict: `${id}-conflict`, summary: `${id}-summary` }}
      labelOf={label}
      focusTarget={control}
      messages={{ 409: t('admin.topics.keyTaken') }}
      submitLabel={initial ? t('admin.topics.save') : t('admin.topics.create')}
    >
      {!initial && <TextField {...text('key')} maxLength={40} hint={t('admin.topics.keyRule')} />}
      <TextField {...text('nameDe')} maxLength={200} />
      <TextField {...text('nameEn')} maxLength={200} />
      <TextField {...text('position')} inputMode="numeric" className="input--short" />
      {initial && (
        <CheckboxField
          id={control('archived')}
          label={label('archived')}
          checked={engine.values.archived}
          onChange={(archived) => engine.change({ archived })}
        />
      )}
    </EntityForm>
  );
}
