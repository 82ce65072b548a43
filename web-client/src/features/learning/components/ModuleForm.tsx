import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/CheckboxGroup';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useApiClient } from '@/lib/api/api-context';
import { ApiError } from '@/lib/api/problem';
import { SUBMARKETS } from '@/lib/enums';
import { useExpertiseTopics } from '@/api/get-expertise-topics';
import { Markdown } from '@/components/Markdown';
import { SelectField, TextAreaField, TextField } from '@/features/organisations/components/FormField';
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
  toInput,
  validate,
  violationsByModuleField,
  type FieldErrors,
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

  const [values, setValues] = useState<ModuleFormValues>(props.initialValues);
  const [savedValues, setSavedValues] = useState<ModuleFormValues>(props.initialValues);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<'saved' | 'reloaded' | null>(null);
  const [preview, setPreview] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const apiError = save.error instanceof ApiError ? save.error : undefined;
  const conflict = apiError?.status === 412;
  const server = apiError && !conflict ? violationsByModuleField(apiError.violations) : undefined;
  const errors: FieldErrors = { ...server?.byField, ...clientErrors };
  const fieldsWithErrors = MODULE_FIELDS.filter((field) => errors[field]);
  const otherViolations = server?.other ?? [];
  const showSummary = fieldsWithErrors.length > 0;

  const topicOptions = [...(topics.data ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((topic) => ({ value: topic.key, label: i18n.language.startsWith('en') ? topic.nameEn : topic.nameDe }));

  const dirty = JSON.stringify(values) !== JSON.stringify(savedValues);
  const onDirtyChange = props.mode === 'edit' ? props.onDirtyChange : undefined;
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  // Move focus to what needs attention, so that keyboard and screen-reader users land on it.
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [save.error, clientErrors, showSummary]);
  useEffect(() => {
    if (notice === 'reloaded') noticeRef.current?.focus();
  }, [notice]);

  const change = (next: Partial<ModuleFormValues>) => {
    setValues((current) => ({ ...current, ...next }));
    setNotice(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setNotice(null);
    const found = validate(
      values,
      {
        required: t('form.errors.required'),
        topicsRequired: t('form.errors.topicsRequired'),
        minutes: t('form.errors.minutes', { max: MAX_MINUTES }),
        authorsRequired: t('form.errors.authorsRequired'),
      },
      { requireAuthors: props.mode === 'edit' },
    );
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      save.reset();
      return;
    }
    const input = toInput(values);
    const onSuccess = (saved: ModuleVersioned) => {
      setSavedValues(values);
      setNotice('saved');
      props.onSaved(saved);
    };
    if (props.mode === 'create') create.mutate(input, { onSuccess });
    else update.mutate({ id: props.moduleId, etag: props.etag, input }, { onSuccess });
  };

  const reload = async () => {
    if (props.mode !== 'edit') return;
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({ ...getEditableModuleQueryOptions(api, props.moduleId), staleTime: 0 });
      const freshValues = toFormValues(fresh.module);
      setValues(freshValues);
      setSavedValues(freshValues);
      setClientErrors({});
      save.reset();
      setNotice('reloaded');
      props.onSaved(fresh);
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };

  const labelOf = (field: ModuleField) => t(`form.fields.${field}`);
  const bodyHint = 'module-bodyMarkdown-hint';

  return (
    <form
      className="form module-form"
      aria-label={props.mode === 'create' ? t('form.createLabel') : t('form.editLabel')}
      noValidate
      onSubmit={submit}
    >
      {conflict && (
        <div ref={conflictRef} className="message message--error" role="alert" tabIndex={-1} aria-labelledby="module-conflict-title">
          <p id="module-conflict-title" className="message__title">
            {t('form.conflictTitle')}
          </p>
          <p>{t('form.conflictText')}</p>
          <p>
            <button type="button" className="button" onClick={() => void reload()} disabled={reloading}>
              {t('form.reload')}
            </button>
          </p>
        </div>
      )}
      {reloadError != null && <ErrorMessage error={reloadError} />}
      {showSummary && (
        <div ref={summaryRef} className="message message--error error-summary" role="alert" tabIndex={-1} aria-labelledby="module-errors-title">
          <p id="module-errors-title" className="message__title">
            {t('form.errorSummary')}
          </p>
          <ul>
            {fieldsWithErrors.map((field) => (
              <li key={field}>
                <a
                  href={`#${focusTarget(field, topicOptions[0]?.value)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(focusTarget(field, topicOptions[0]?.value))?.focus();
                  }}
                >
                  {labelOf(field)}: {errors[field]}
                </a>
              </li>
            ))}
            {otherViolations.map((violation, index) => (
              <li key={`other-${index}`}>
                {violation.field ? `${violation.field}: ` : ''}
                {violation.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {save.isError && !conflict && !showSummary && (
        <ProblemAlert
          error={save.error}
          messages={{ 403: t('form.forbidden'), 409: t('form.frozen'), 428: t('form.conflictTitle') }}
        />
      )}

      <section className="form__section" aria-labelledby="module-content-heading">
        <h2 id="module-content-heading">{t('form.sections.content')}</h2>
        <TextField
          id={fieldId('title')}
          label={labelOf('title')}
          required
          maxLength={200}
          value={values.title}
          error={errors.title}
          onChange={(title) => change({ title })}
        />
        <TextAreaField
          id={fieldId('summary')}
          label={labelOf('summary')}
          required
          rows={3}
          maxLength={1000}
          hint={t('form.hints.summary')}
          value={values.summary}
          error={errors.summary}
          onChange={(summary) => change({ summary })}
        />
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
              aria-describedby={[bodyHint, errors.bodyMarkdown ? `${fieldId('bodyMarkdown')}-error` : ''].filter(Boolean).join(' ')}
              onChange={(event) => change({ bodyMarkdown: event.target.value })}
            />
          </div>
          <div id="module-body-preview" className="module-form__preview" role="region" aria-label={t('form.previewLabel')} hidden={!preview}>
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
            id={fieldId('format')}
            label={labelOf('format')}
            required
            value={values.format}
            error={errors.format}
            options={MODULE_FORMATS.map((format) => ({ value: format, label: t(`format.${format}`) }))}
            onChange={(format) => change({ format: format as ModuleFormValues['format'] })}
          />
          <SelectField
            id={fieldId('level')}
            label={labelOf('level')}
            required
            value={values.level}
            error={errors.level}
            options={MODULE_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
            onChange={(level) => change({ level: level as ModuleFormValues['level'] })}
          />
          <TextField
            id={fieldId('estimatedMinutes')}
            label={labelOf('estimatedMinutes')}
            required
            type="number"
            inputMode="numeric"
            className="input--short"
            hint={t('form.hints.minutes', { max: MAX_MINUTES })}
            value={values.estimatedMinutes}
            error={errors.estimatedMinutes}
            onChange={(estimatedMinutes) => change({ estimatedMinutes })}
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
          id={fieldId('licence')}
          label={labelOf('licence')}
          required
          hint={t('form.hints.licence')}
          value={values.licence}
          error={errors.licence}
          options={LICENCES.map((licence) => ({ value: licence, label: t(`licence.${licence}`) }))}
          onChange={(licence) => change({ licence: licence as Licence })}
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

      <div className="form__actions">
        <button type="submit" className="button">
          {props.mode === 'create' ? t('form.create') : t('form.save')}
        </button>
        <div ref={noticeRef} className="form__notice" role="status" tabIndex={-1}>
          {save.isPending
            ? t('form.saving')
            : notice === 'saved'
              ? t('form.saved')
              : notice === 'reloaded'
                ? t('form.reloaded')
                : ''}
        </div>
      </div>
    </form>
  );
}
