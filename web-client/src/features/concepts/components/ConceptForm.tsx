import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EntityForm } from '@/components/form/EntityForm';
import { useEntityForm } from '@/components/form/use-entity-form';
import { useApiClient } from '@/lib/api/api-context';
import { getConceptQueryOptions, type ConceptVersioned } from '../api/get-concept';
import { useUpdateConcept } from '../api/update-concept';
import { PLAN_ID, textId, TITLE_ID, toChange, toFormValues, violationsByControl } from './concept-form-model';
import { Markdown } from '@/components/Markdown';
import { sectionId, TEXT_SECTIONS, type TextSectionField } from '@/lib/concept-sections';
import { StepsEditor } from './StepsEditor';

type ConceptFormProps = {
  initial: ConceptVersioned;
  /** Called after a save, with the concept as stored. */
  onSaved?: (saved: ConceptVersioned) => void;
};

/**
 * Edits the working copy: title, a Markdown textarea with preview per section, the transfer plan's steps.
 * Saves with If-Match (the ETag the input is based on); on 412 it keeps the input and offers the latest
 * version, on 400 it shows each violation at its control and in a summary.
 */
export function ConceptForm({ initial, onSaved }: ConceptFormProps) {
  const { t } = useTranslation('concepts');
  const api = useApiClient();
  const queryClient = useQueryClient();
  const update = useUpdateConcept();
  const conceptId = initial.concept.id;
  const [base, setBase] = useState(initial);
  const [previews, setPreviews] = useState<Partial<Record<TextSectionField, boolean>>>({});

  const engine = useEntityForm({
    defaultValues: toFormValues(initial.concept),
    schema: z.looseObject({ title: z.string().refine((title) => title.trim() !== '', t('create.titleRequired')) }),
    keyOf: (path) => (path === 'title' ? TITLE_ID : path),
    violations: (error) => {
      if (error.status !== 400) return undefined;
      const { byId, other } = violationsByControl(error.violations);
      return { byField: byId, other };
    },
    summaryWithoutFields: true,
    mutation: update,
    save: (values, callbacks) => update.mutate({ id: conceptId, etag: base.etag, change: toChange(values) }, callbacks),
    onSaved: (saved: ConceptVersioned) => {
      setBase(saved);
      onSaved?.(saved);
    },
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...getConceptQueryOptions(api, conceptId), staleTime: 0 });
      setBase(fresh);
      return toFormValues(fresh.concept);
    },
  });
  const { values, errors, change } = engine;

  const labelOf = (id: string) => {
    if (id === TITLE_ID) return t('editor.titleLabel');
    if (id === PLAN_ID) return t('sections.TRANSFER_PLAN');
    const text = TEXT_SECTIONS.find(({ field }) => textId(field) === id);
    if (text) return t(`sections.${text.key}`);
    const step = /^concept-step-(\d+)-(\w+)$/.exec(id);
    if (step) {
      const property = step[2] === 'typicalDuration' ? 'duration' : (step[2] as 'title' | 'description' | 'topic');
      return `${t('plan.step', { number: Number(step[1]) + 1 })}, ${t(`steps.${property}`)}`;
    }
    return id;
  };

  // The plan's steps stand between the eighth and the ninth text section, as on the concept page.
  const textSection = (section: (typeof TEXT_SECTIONS)[number]) => (
    <TextSection
      key={section.key}
      section={section}
      value={values.texts[section.field]}
      error={errors[textId(section.field)]}
      preview={previews[section.field] === true}
      onPreview={(on) => setPreviews((current) => ({ ...current, [section.field]: on }))}
      onChange={(text) => change({ texts: { ...values.texts, [section.field]: text } })}
    />
  );

  return (
    <EntityForm
      engine={engine}
      className="form concept-form"
      label={t('editor.label')}
      texts="concepts:editor"
      titleIds={{ conflict: 'concept-conflict-title', summary: 'concept-errors-title' }}
      labelOf={labelOf}
      messages={{ 409: t('editor.frozen') }}
      submitLabel={t('editor.save')}
    >
      <div className={errors[TITLE_ID] ? 'field field--invalid' : 'field'}>
        <label htmlFor={TITLE_ID}>{t('editor.titleLabel')}</label>
        {errors[TITLE_ID] && (
          <p id={`${TITLE_ID}-error`} className="field__error">
            {errors[TITLE_ID]}
          </p>
        )}
        <input
          id={TITLE_ID}
          name={TITLE_ID}
          type="text"
          maxLength={200}
          required
          value={values.title}
          aria-invalid={errors[TITLE_ID] ? true : undefined}
          aria-describedby={errors[TITLE_ID] ? `${TITLE_ID}-error` : undefined}
          onChange={(event) => change({ title: event.target.value })}
        />
      </div>

      <p id="concept-markdown-hint" className="field__hint">
        {t('editor.markdownHint')}
      </p>

      {TEXT_SECTIONS.slice(0, 8).map(textSection)}
      <section className="form__section" aria-labelledby={`${sectionId('TRANSFER_PLAN')}-edit`}>
        <h2 id={`${sectionId('TRANSFER_PLAN')}-edit`}>{t('sections.TRANSFER_PLAN')}</h2>
        <StepsEditor steps={values.steps} onChange={(steps) => change({ steps })} errors={errors} />
      </section>
      {TEXT_SECTIONS.slice(8).map(textSection)}
    </EntityForm>
  );
}

type TextSectionProps = {
  section: (typeof TEXT_SECTIONS)[number];
  value: string;
  error?: string;
  preview: boolean;
  onPreview: (on: boolean) => void;
  onChange: (value: string) => void;
};

/** One Markdown section: its heading, the textarea and a toggle that shows the rendered text instead. */
function TextSection({ section, value, error, preview, onPreview, onChange }: TextSectionProps) {
  const { t } = useTranslation('concepts');
  const id = textId(section.field);
  const name = t(`sections.${section.key}`);
  const headingId = `${sectionId(section.key)}-edit`;
  const describedBy = ['concept-markdown-hint', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <section className="form__section concept-form__section" aria-labelledby={headingId}>
      <div className="concept-form__section-head">
        <h2 id={headingId}>{name}</h2>
        <button
          type="button"
          className="button button--secondary button--small button--toggle"
          aria-pressed={preview}
          aria-controls={`${id}-preview`}
          aria-label={t('editor.previewOf', { section: name })}
          onClick={() => onPreview(!preview)}
        >
          {t('editor.preview')}
        </button>
      </div>
      <div className={error ? 'field field--invalid' : 'field'} hidden={preview}>
        <label htmlFor={id}>{name}</label>
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
        <textarea
          id={id}
          name={id}
          rows={6}
          maxLength={50000}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <div
        id={`${id}-preview`}
        className="concept-form__preview"
        role="region"
        aria-label={t('editor.previewOf', { section: name })}
        hidden={!preview}
      >
        {preview &&
          (value.trim() ? <Markdown headingLevel={3}>{value}</Markdown> : <p className="muted">{t('editor.previewEmpty')}</p>)}
      </div>
    </section>
  );
}
