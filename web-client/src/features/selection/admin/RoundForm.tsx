import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EntityForm } from '@/components/form/EntityForm';
import { SelectField, TextAreaField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import type { Round } from '../api/get-round';
import type { RoundStatus } from '../api/get-rounds';
import { getRoundVersionQueryOptions, useCreateRound, useUpdateRound, type RoundVersion } from '../api/manage-rounds';

const FIELDS = ['name', 'description', 'status'] as const;
type RoundField = (typeof FIELDS)[number];
type RoundFormValues = { name: string; description: string; status: RoundStatus };
const fieldId = (field: RoundField) => `round-${field}`;

const toValues = (round: Round): RoundFormValues => ({
  name: round.name,
  description: round.description ?? '',
  status: round.status,
});

/** Opens a round, or renames, closes or reopens one with If-Match (412: keep the input, offer the latest version). */
export function RoundForm({ initial, onSaved }: { initial?: RoundVersion; onSaved: (round: Round) => void }) {
  const { t } = useTranslation(['selection', 'common']);
  const api = useApiClient();
  const queryClient = useQueryClient();
  const create = useCreateRound();
  const update = useUpdateRound();
  const [base, setBase] = useState(initial);
  const isNew = base === undefined;

  const engine = useEntityForm<RoundFormValues, RoundField, Round | RoundVersion>({
    defaultValues: initial ? toValues(initial.round) : { name: '', description: '', status: 'OPEN' },
    schema: z.looseObject({ name: z.string().refine((text) => text.trim() !== '', t('selection:admin.criteria.required')) }),
    fields: FIELDS,
    mutation: isNew ? create : update,
    save: (values, callbacks) => {
      const description = values.description.trim() === '' ? null : values.description.trim();
      if (base) {
        update.mutate(
          { id: base.round.id, etag: base.etag, input: { name: values.name.trim(), description, status: values.status } },
          callbacks,
        );
      } else {
        create.mutate({ name: values.name.trim(), description }, callbacks);
      }
    },
    onSaved: (saved) => {
      const round = 'round' in saved ? saved.round : saved;
      if ('round' in saved) setBase(saved);
      onSaved(round);
      return toValues(round);
    },
    reload: base
      ? async () => {
          const fresh = await queryClient.fetchQuery({ ...getRoundVersionQueryOptions(api, base.round.id), staleTime: 0 });
          setBase(fresh);
          return toValues(fresh.round);
        }
      : undefined,
  });
  const { values, errors } = engine;
  const label = (field: RoundField) => t(`selection:admin.rounds.fields.${field}`);

  return (
    <EntityForm
      engine={engine}
      label={isNew ? t('selection:admin.rounds.createTitle') : t('selection:admin.rounds.editTitle', { name: base.round.name })}
      texts="selection:admin.form"
      titleIds={{ conflict: 'round-conflict-title', summary: 'round-summary-title' }}
      labelOf={label}
      focusTarget={fieldId}
      submitLabel={isNew ? t('selection:admin.rounds.create') : t('common:form.save')}
    >
      <TextField
        id={fieldId('name')}
        label={label('name')}
        required
        maxLength={200}
        value={values.name}
        error={errors.name}
        onChange={(name) => engine.change({ name })}
      />
      <TextAreaField
        id={fieldId('description')}
        label={label('description')}
        rows={3}
        maxLength={2000}
        value={values.description}
        error={errors.description}
        onChange={(description) => engine.change({ description })}
      />
      {!isNew && (
        <SelectField
          id={fieldId('status')}
          label={label('status')}
          hint={t('selection:admin.rounds.statusHint')}
          value={values.status}
          error={errors.status}
          onChange={(status) => engine.change({ status: status as RoundStatus })}
          options={(['OPEN', 'CLOSED'] as const).map((status) => ({ value: status, label: t(`selection:status.${status}`) }))}
        />
      )}
    </EntityForm>
  );
}
