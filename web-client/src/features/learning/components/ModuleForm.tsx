import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/form/CheckboxGroup';
import { EntityForm } from '@/components/form/EntityForm';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import { SUBMARKETS } from '@/lib/enums';
import { useExpertiseTopics } from '@/api/get-expertise-topics';
import { Markdown } from '@/components/Markdown';
import { SelectField, TextAreaField, TextField } from '@/components/form/FormField';
import { getEditableModuleQueryOptions, type ModuleVersioned } from '../api/get-editable-module';
import type { Licence } from '../api/get-learning-modules';
import { useCreateModule, useUpdateModule } from '../api/save-module';
import { AuthorsField } from './AuthorsField';
import { LICENCE_URLS, MODULE_FORMATS, MODULE_LEVELS } from './labels';
import {
  fieldId,
  MAX_MINUTES,
  MODULE_FIELDS,
  toFormValues,
  moduleSchema,
  toInput,
  violationsByModuleField,
  type ModuleField,
  type ModuleFormValues,
  type Visibility,
} from './module-form-model';
import { ProvenanceField } from './ProvenanceField';

const LICENCES = Object.keys(LICENCE_URLS) as Licence[];
const VISIBILITIES: Visibility[] = ['PUBLIC', 'PARTICIPANTS'];

/** Where an error summary entry leads: checkbox and radio groups to their first option. */
function focusTarget(field: ModuleField, firstTopic?: string): string {
  if (field === 'topics') return `${fieldId(field)}-${firstTopic ?? ''}`;
  if (field === 'submarkets') return `${fieldId(field)}-${SUBMARKETS[0]}`;
  if (field === 'visibility') return `${fieldId(field)}-${VISIBILITIES[0]}`;
  return fieldId(field);
}

type ModuleFormProps =
  | {
      mode: 'create';
      initialValues: ModuleFormValues;
      /** After the API created the module (as DRAFT). */
      onSaved: (saved: ModuleVersioned) => void;
    }
  | {
      mode: 'edit';
      moduleId: string;
      initialValues: ModuleFormValues;
      /** The version the input is based on; sent as If-Match. */
      etag: string;
      /** After a save or after loading the latest version: the module as stored now. */
      onSaved: (saved: ModuleVersioned) => void;
      /** Whether the input differs from what was last saved or loaded. */
      onDirtyChange?: (dirty: boolean) => void;
    };

/**
 * A learning module's fields: content with a Markdown preview rendered like the module page, classification,
 * authors, provenance, licence and visibility. Edits save with If-Match; on 412 the input stays and the latest
 * version can be loaded; 400 and 403 violations appear at their fields and in a summary.
 */
export function ModuleForm(props: ModuleFormProps) {
  const { t, i18n } = useTranslation('learning');
  const { t: tCommon } = useTranslation();
  const api = useApiClient();
  const queryClient = useQueryClient();
  const create = useCreateModule();
  const update = useUpdateModule();
  const save = props.mode === 'create' ? create : update;
  const topics = useExpertiseTopics();
  const [preview, setPreview] = useState(false);

  const engine = useEntityForm({
    defaultValues: props.initialValues,
    schema: moduleSchema(
      {
        required: t('form.errors.required'),
        topicsRequired: t('form.errors.topicsRequired'),
        minutes: t('form.errors.minutes', { max: MAX_MINUTES }),
        authorsRequired: t('form.errors.authorsRequired'),
      },
      { requireAuthors: props.mode === 'edit' },
    ),
    fields: MODULE_FIELDS,
    violations: (error) => violationsByModuleField(error.violations),
    mutation: save,
    save: (values, callbacks) => {
      const input = toInput(values);
      if (props.mode === 'create') create.mutate(input, callbacks);
      else update.mutate({ id: props.moduleId, etag: props.etag, input }, callbacks);
    },
    onSaved: (saved: ModuleVersioned) => props.onSaved(saved),
    reload:
      props.mode === 'edit'
        ? async () => {
            const fresh = await queryClient.fetchQuery({ ...getEditableModuleQueryOptions(api, props.moduleId), staleTime: 0 });
            props.onSaved(fresh);
            return toFormValues(fresh.module);
          }
        : undefined,
  });
  const { values, errors, change, dirty } = engine;

  const topicOptions = [...(topics.data ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((topic) => ({ value: topic.key, label: i18n.language.startsWith('en') ? topic.nameEn : topic.nameDe }));

  const onDirtyChange = props.mode === 'edit' ? props.onDirtyChange : undefined;
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  const labelOf = (field: ModuleField) => t(`form.fields.${field}`);
  /** The props of a text or select field; a select's options are the field's values, so its text is one of them. */
  const field = (name: 'title' | 'summary' | 'format' | 'level' | 'estimatedMinutes' | 'licence') => ({
    id: fieldId(name),
    label: labelOf(name),
    value: values[name],
    error: errors[name],
    onChange: (value: string) => change({ [name]: value }),
  });
  const bodyHint = 'module-bodyMarkdown-hint';

  return (
    <EntityForm
      engine={engine}
      className="form module-form"
      label={props.mode === 'create' ? t('form.createLabel') : t('form.editLabel')}
      texts="learning:form"
      titleIds={{ conflict: 'module-conflict-title', summary: 'module-errors-title' }}
      labelOf={labelOf}
      focusTarget={(field) => focusTarget(field, topicOptions[0]?.value)}
      messages={{ 403: t('form.forbidden'), 409: t('form.frozen'), 428: t('form.conflictTitle') }}
      submitLabel={props.mode === 'create' ? t('form.create') : t('form.save')}
    >
      <section className="form__section" aria-labelledby="module-content-heading">
        <h2 id="module-content-heading">{t('form.sections.content')}</h2>
        <TextField {...field('title')} required maxLength={200} />
        <TextAreaField {...field('summary')} required rows={3} maxLength={1000} hint={t('form.hints.summary')} />
        <div className="module-form__body">
          <div className="module-form__body-head">
            <button
              type="button"
              className="button button--secondary button--small button--toggle"
              aria-pressed={preview}
              aria-controls="module-body-preview"
              onClick={() => setPreview(!preview)}
            >
              {t('form.preview')}
            </button>
          </div>
          <div className={errors.bodyMarkdown ? 'field field--invalid' : 'field'} hidden={preview}>
            <label htmlFor={fieldId('bodyMarkdown')}>{labelOf('bodyMarkdown')}</label>
            <p id={bodyHint} className="field__hint">
              {t('form.hints.body')}
            </p>
            {errors.bodyMarkdown && (
              <p id={`${fieldId('bodyMarkdown')}-error`} className="field__error">
                {errors.bodyMarkdown}
              </p>
            )}
            <textarea
              id={fieldId('bodyMarkdown')}
              name={fieldId('bodyMarkdown')}
              rows={14}
              maxLength={100000}
              value={values.bodyMarkdown}
              aria-invalid={errors.bodyMarkdown ? true : undefined}
              aria-describedby={[bodyHint, errors.bodyMarkdown ? `${fieldId('bodyMarkdown')}-error` : '']
                .filter(Boolean)
                .join(' ')}
              onChange={(event) => change({ bodyMarkdown: event.target.value })}
            />
          </div>
          <div
            id="module-body-preview"
            className="module-form__preview"
            role="region"
            aria-label={t('form.previewLabel')}
            hidden={!preview}
          >
            {preview &&
              (values.bodyMarkdown.trim() ? (
                // As on the module page; one level lower, below this form's section heading.
                <Markdown headingLevel={1}>{values.bodyMarkdown}</Markdown>
              ) : (
                <p className="muted">{t('form.previewEmpty')}</p>
              ))}
          </div>
        </div>
      </section>

      <section className="form__section" aria-labelledby="module-classification-heading">
        <h2 id="module-classification-heading">{t('form.sections.classification')}</h2>
        <div className="form-grid">
          <SelectField
            {...field('format')}
            required
            options={MODULE_FORMATS.map((format) => ({ value: format, label: t(`format.${format}`) }))}
          />
          <SelectField
            {...field('level')}
            required
            options={MODULE_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
          />
          <TextField
            {...field('estimatedMinutes')}
            required
            type="number"
            inputMode="numeric"
            className="input--short"
            hint={t('form.hints.minutes', { max: MAX_MINUTES })}
          />
        </div>
        <CheckboxGroup
          id={fieldId('topics')}
          legend={`${labelOf('topics')} (${tCommon('form.required')})`}
          hint={t('form.hints.topics')}
          options={topicOptions}
          selected={values.topics}
          error={errors.topics}
          onChange={(next) => change({ topics: next })}
        />
        <CheckboxGroup
          id={fieldId('submarkets')}
          legend={labelOf('submarkets')}
          options={SUBMARKETS.map((submarket) => ({ value: submarket, label: tCommon(`submarkets.${submarket}`) }))}
          selected={values.submarkets}
          error={errors.submarkets}
          onChange={(submarkets) => change({ submarkets })}
        />
      </section>

      <section className="form__section" aria-labelledby="module-origin-heading">
        <h2 id="module-origin-heading">{t('form.sections.origin')}</h2>
        <AuthorsField
          id={fieldId('authors')}
          authors={values.authors}
          error={errors.authors}
          emptyHint={props.mode === 'create' ? t('form.hints.authorsDefault') : undefined}
          onChange={(authors) => change({ authors })}
        />
        <ProvenanceField
          conceptId={values.conceptId}
          section={values.section}
          conceptError={errors.conceptId}
          sectionError={errors.section}
          onChange={(next) => change(next)}
        />
      </section>

      <section className="form__section" aria-labelledby="module-licence-heading">
        <h2 id="module-licence-heading">{t('form.sections.licence')}</h2>
        <SelectField
          {...field('licence')}
          required
          hint={t('form.hints.licence')}
          options={LICENCES.map((licence) => ({ value: licence, label: t(`licence.${licence}`) }))}
        />
        <fieldset
          className={errors.visibility ? 'checkbox-group checkbox-group--invalid' : 'checkbox-group'}
          aria-describedby={errors.visibility ? `${fieldId('visibility')}-error` : undefined}
        >
          <legend>{labelOf('visibility')}</legend>
          {errors.visibility && (
            <p id={`${fieldId('visibility')}-error`} className="field__error">
              {errors.visibility}
            </p>
          )}
          {VISIBILITIES.map((visibility) => {
            const id = `${fieldId('visibility')}-${visibility}`;
            return (
              <div key={visibility} className="radio module-form__radio">
                <input
                  id={id}
                  type="radio"
                  name={fieldId('visibility')}
                  value={visibility}
                  checked={values.visibility === visibility}
                  aria-describedby={`${id}-hint`}
                  onChange={() => change({ visibility })}
                />
                <label htmlFor={id}>{t(`visibility.${visibility}`)}</label>
                <span id={`${id}-hint`} className="field__hint">
                  {t(`visibility.hint.${visibility}`)}
                </span>
              </div>
            );
          })}
        </fieldset>
      </section>
    </EntityForm>
  );
}
