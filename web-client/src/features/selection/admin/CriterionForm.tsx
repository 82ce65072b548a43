import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '@/components/form/EntityForm';
import { TextAreaField, TextField } from '@/components/form/FormField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import type { Criterion } from '../api/get-criteria';
import { getCriterionQueryOptions, useCreateCriterion, useUpdateCriterion, type CriterionVersion } from '../api/manage-criteria';
import {
  CRITERION_FIELDS,
  criterionSchema,
  NEW_CRITERION,
  toCreateInput,
  toFormValues,
  toUpdateInput,
  type CriterionField,
  type CriterionFormValues,
} from './criterion-form-model';

const fieldId = (field: CriterionField) => `criterion-${field}`;

type CriterionFormProps = {
  /** The version an edit starts from; none for a new criterion. */
  initial?: CriterionVersion;
  onSaved: (criterion: Criterion) => void;
};

/**
 * Creates a criterion or edits one with If-Match. On 412 the input stays and the latest version can be
 * loaded; on 400 each violation shows at its field and in the summary.
 */
export function CriterionForm({ initial, onSaved }: CriterionFormProps) {
  const { t } = useTranslation(['selection', 'common']);
  const api = useApiClient();
  const queryClient = useQueryClient();
  const create = useCreateCriterion();
  const update = useUpdateCriterion();
  const [base, setBase] = useState(initial);
  const isNew = base === undefined;

  const engine = useEntityForm<CriterionFormValues, CriterionField, Criterion | CriterionVersion>({
    defaultValues: initial ? toFormValues(initial.criterion) : NEW_CRITERION,
    schema: criterionSchema(
      {
        required: t('selection:admin.criteria.required'),
        notANumber: t('common:form.notANumber'),
        wholeNumber: t('selection:admin.criteria.wholeNumber'),
      },
      isNew,
    ),
    fields: CRITERION_FIELDS,
    mutation: isNew ? create : update,
    save: (values, callbacks) => {
      if (base) update.mutate({ id: base.criterion.id, etag: base.etag, input: toUpdateInput(values) }, callbacks);
      else create.mutate(toCreateInput(values), callbacks);
    },
    onSaved: (saved) => {
      const criterion = 'criterion' in saved ? saved.criterion : saved;
      if ('criterion' in saved) setBase(saved);
      onSaved(criterion);
      return toFormValues(criterion);
    },
    reload: base
      ? async () => {
          const fresh = await queryClient.fetchQuery({ ...getCriterionQueryOptions(api, base.criterion.id), staleTime: 0 });
          setBase(fresh);
          return toFormValues(fresh.criterion);
        }
      : undefined,
  });
  const { values, errors } = engine;
  const label = (field: CriterionField) => t(`selection:admin.criteria.fields.${field}`);
  const common = (field: Exclude<CriterionField, 'active'>) => ({
    id: fieldId(field),
    label: label(field),
    error: errors[field],
    value: values[field],
    onChange: (value: string) => engine.change({ [field]: value }),
  });

  return (
    <EntityForm
      engine={engine}
      label={
        isNew
          ? t('selection:admin.criteria.createTitle')
          : t('selection:admin.criteria.editTitle', { name: base.criterion.nameDe })
      }
      texts="selection:admin.form"
      titleIds={{ conflict: 'criterion-conflict-title', summary: 'criterion-summary-title' }}
      labelOf={label}
      focusTarget={fieldId}
      messages={{ 409: t('selection:admin.criteria.keyTaken') }}
      submitLabel={isNew ? t('selection:admin.criteria.create') : t('common:form.save')}
    >
      {isNew && <TextField {...common('key')} required maxLength={60} hint={t('selection:admin.criteria.hints.key')} />}
      <TextField {...common('nameDe')} required maxLength={200} />
      <TextField {...common('nameEn')} required maxLength={200} />
      <TextAreaField {...common('descriptionDe')} rows={3} maxLength={2000} />
      <TextAreaField {...common('descriptionEn')} rows={3} maxLength={2000} />
      <TextField
        {...common('weight')}
        required
        className="input--short"
        inputMode="decimal"
        hint={t('selection:admin.criteria.hints.weight')}
      />
      <TextField
        {...common('position')}
        required
        className="input--short"
        inputMode="numeric"
        hint={t('selection:admin.criteria.hints.position')}
      />
      <div className="checkbox">
        <input
          id={fieldId('active')}
          type="checkbox"
          checked={values.active}
          aria-describedby={`${fieldId('active')}-hint`}
          onChange={(event) => engine.change({ active: event.target.checked })}
        />
        <label htmlFor={fieldId('active')}>{label('active')}</label>
      </div>
      <p id={`${fieldId('active')}-hint`} className="field-hint">
        {t('selection:admin.criteria.hints.active')}
      </p>
    </EntityForm>
  );
}
