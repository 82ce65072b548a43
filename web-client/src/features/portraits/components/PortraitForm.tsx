import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/form/CheckboxGroup';
import { EntityForm } from '@/components/form/EntityForm';
import { SelectField, TextAreaField, TextField } from '@/components/form/FormField';
import { OrganisationPicker } from '@/components/OrganisationPicker';
import { useEntityForm } from '@/components/form/use-entity-form';
import { Markdown } from '@/components/Markdown';
import { useApiClient } from '@/lib/api/api-context';
import { GERMAN_STATES, SUBMARKETS } from '@/lib/enums';
import { useStateName } from '@/lib/use-state-name';
import {
  getEditablePortraitQueryOptions,
  useCreatePortrait,
  useUpdatePortrait,
  type PortraitVersioned,
} from '../api/save-portrait';
import {
  fieldId,
  PORTRAIT_FIELDS,
  portraitSchema,
  toFormValues,
  toInput,
  type PhotoValues,
  type PortraitField,
  type PortraitFormValues,
} from './portrait-form-model';

type PortraitFormProps =
  | { mode: 'create'; initialValues: PortraitFormValues; onSaved: (saved: PortraitVersioned) => void }
  | {
      mode: 'edit';
      portraitId: string;
      etag: string;
      initialValues: PortraitFormValues;
      /** After a save or after loading the latest version. */
      onSaved: (saved: PortraitVersioned) => void;
      onDirtyChange?: (dirty: boolean) => void;
    };

/** Where an error summary entry leads: groups to their first control. */
function focusTarget(field: PortraitField): string {
  if (field === 'submarkets') return `${fieldId(field)}-${SUBMARKETS[0]}`;
  if (field === 'photos') return `${fieldId('photos')}-add`;
  return fieldId(field);
}

/**
 * A portrait's fields: story (title, teaser, interview with a Markdown preview), video with its transcript,
 * photos with alt text and credit, place, submarkets, the organisation from the directory and tags. Edits
 * save with If-Match; on 412 the input stays and the latest version can be loaded.
 */
export function PortraitForm(props: PortraitFormProps) {
  const { t } = useTranslation('portraits');
  const { t: tCommon } = useTranslation();
  const stateName = useStateName();
  const api = useApiClient();
  const queryClient = useQueryClient();
  const create = useCreatePortrait();
  const update = useUpdatePortrait();
  const [preview, setPreview] = useState(false);

  const engine = useEntityForm({
    defaultValues: props.initialValues,
    schema: portraitSchema({
      required: t('form.errors.required'),
      interviewOrVideo: t('form.errors.interviewOrVideo'),
      transcript: t('form.errors.transcript'),
    }),
    fields: PORTRAIT_FIELDS,
    mutation: props.mode === 'create' ? create : update,
    save: (values, callbacks) => {
      const input = toInput(values);
      if (props.mode === 'create') create.mutate(input, callbacks);
      else update.mutate({ id: props.portraitId, etag: props.etag, input }, callbacks);
    },
    onSaved: (saved: PortraitVersioned) => {
      props.onSaved(saved);
      return toFormValues(saved.portrait);
    },
    reload:
      props.mode === 'edit'
        ? async () => {
            const fresh = await queryClient.fetchQuery({
              ...getEditablePortraitQueryOptions(api, props.portraitId),
              staleTime: 0,
            });
            props.onSaved(fresh);
            return toFormValues(fresh.portrait);
          }
        : undefined,
  });
  const { values, errors, change, dirty } = engine;
  const onDirtyChange = props.mode === 'edit' ? props.onDirtyChange : undefined;
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);

  const labelOf = (field: PortraitField) => t(`form.fields.${field}`);
  const field = (name: 'title' | 'teaser' | 'videoUrl' | 'transcript' | 'town' | 'tags') => ({
    id: fieldId(name),
    label: labelOf(name),
    value: values[name],
    error: errors[name],
    onChange: (value: string) => change({ [name]: value }),
  });
  const setPhoto = (index: number, next: Partial<PhotoValues>) =>
    change({ photos: values.photos.map((photo, i) => (i === index ? { ...photo, ...next } : photo)) });
  const interviewId = fieldId('interviewMarkdown');
  const interviewHint = `${interviewId}-hint`;

  return (
    <EntityForm
      engine={engine}
      label={props.mode === 'create' ? t('form.createLabel') : t('form.editLabel')}
      texts="portraits:form"
      titleIds={{ conflict: 'portrait-conflict-title', summary: 'portrait-errors-title' }}
      labelOf={labelOf}
      focusTarget={focusTarget}
      messages={{ 403: t('form.forbidden') }}
      submitLabel={props.mode === 'create' ? t('form.create') : t('form.save')}
    >
      <section className="form__section" aria-labelledby="portrait-story-heading">
        <h2 id="portrait-story-heading">{t('form.sections.story')}</h2>
        <TextField {...field('title')} required maxLength={200} />
        <TextAreaField {...field('teaser')} required rows={3} maxLength={600} hint={t('form.hints.teaser')} />
        <div className={errors.interviewMarkdown ? 'field field--invalid' : 'field'}>
          <label htmlFor={interviewId}>{labelOf('interviewMarkdown')}</label>
          <p id={interviewHint} className="field__hint">
            {t('form.hints.interview')}
          </p>
          {errors.interviewMarkdown && (
            <p id={`${interviewId}-error`} className="field__error">
              {errors.interviewMarkdown}
            </p>
          )}
          <p>
            <button
              type="button"
              className="button button--secondary button--small button--toggle"
              aria-pressed={preview}
              aria-controls="portrait-interview-preview"
              onClick={() => setPreview(!preview)}
            >
              {t('form.preview')}
            </button>
          </p>
          <textarea
            id={interviewId}
            name={interviewId}
            rows={14}
            maxLength={50000}
            hidden={preview}
            value={values.interviewMarkdown}
            aria-invalid={errors.interviewMarkdown ? true : undefined}
            aria-describedby={[interviewHint, errors.interviewMarkdown ? `${interviewId}-error` : ''].filter(Boolean).join(' ')}
            onChange={(event) => change({ interviewMarkdown: event.target.value })}
          />
          <div id="portrait-interview-preview" role="region" aria-label={t('form.previewLabel')} hidden={!preview}>
            {preview &&
              (values.interviewMarkdown.trim() ? (
                <Markdown headingLevel={2}>{values.interviewMarkdown}</Markdown>
              ) : (
                <p className="muted">{t('form.previewEmpty')}</p>
              ))}
          </div>
        </div>
      </section>

      <section className="form__section" aria-labelledby="portrait-video-heading">
        <h2 id="portrait-video-heading">{t('form.sections.video')}</h2>
        <TextField {...field('videoUrl')} type="url" maxLength={500} hint={t('form.hints.videoUrl')} />
        <TextAreaField {...field('transcript')} rows={6} maxLength={50000} hint={t('form.hints.transcript')} />
      </section>

      <section className="form__section" aria-labelledby="portrait-photos-heading">
        <h2 id="portrait-photos-heading">{t('form.sections.photos')}</h2>
        {errors.photos && (
          <p id={`${fieldId('photos')}-error`} className="field__error">
            {errors.photos}
          </p>
        )}
        {values.photos.map((photo, index) => (
          <fieldset key={index} className="form__group">
            <legend>{t('form.photo.legend', { number: index + 1 })}</legend>
            <TextField
              id={`${fieldId('photos')}-${index}-url`}
              label={t('form.photo.url')}
              type="url"
              required
              maxLength={500}
              value={photo.url}
              onChange={(url) => setPhoto(index, { url })}
            />
            <TextField
              id={`${fieldId('photos')}-${index}-alt`}
              label={t('form.photo.alt')}
              hint={t('form.photo.altHint')}
              required
              maxLength={300}
              value={photo.alt}
              onChange={(alt) => setPhoto(index, { alt })}
            />
            <TextField
              id={`${fieldId('photos')}-${index}-credit`}
              label={t('form.photo.credit')}
              required
              maxLength={200}
              value={photo.credit}
              onChange={(credit) => setPhoto(index, { credit })}
            />
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => change({ photos: values.photos.filter((_, i) => i !== index) })}
            >
              {t('form.photo.remove', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        {values.photos.length < 20 && (
          <button
            id={`${fieldId('photos')}-add`}
            type="button"
            className="button button--secondary"
            onClick={() => change({ photos: [...values.photos, { url: '', alt: '', credit: '' }] })}
          >
            {t('form.photo.add')}
          </button>
        )}
      </section>

      <section className="form__section" aria-labelledby="portrait-place-heading">
        <h2 id="portrait-place-heading">{t('form.sections.place')}</h2>
        <div className="form-grid">
          <TextField {...field('town')} required maxLength={100} />
          <SelectField
            id={fieldId('state')}
            label={labelOf('state')}
            value={values.state}
            error={errors.state}
            required
            emptyOption={t('form.chooseState')}
            options={GERMAN_STATES.map((code) => ({ value: code, label: stateName(code) }))}
            onChange={(state) => change({ state: state as PortraitFormValues['state'] })}
          />
        </div>
        <CheckboxGroup
          id={fieldId('submarkets')}
          legend={labelOf('submarkets')}
          options={SUBMARKETS.map((submarket) => ({ value: submarket, label: tCommon(`submarkets.${submarket}`) }))}
          selected={values.submarkets}
          error={errors.submarkets}
          onChange={(submarkets) => change({ submarkets })}
        />
        <OrganisationPicker
          id={fieldId('organisationId')}
          label={labelOf('organisationId')}
          value={values.organisationId}
          error={errors.organisationId}
          emptyOption={t('form.noOrganisation')}
          onChange={(organisationId) => change({ organisationId })}
        />
        <TextField {...field('tags')} maxLength={600} hint={t('form.hints.tags')} />
      </section>
    </EntityForm>
  );
}
