import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useApiClient } from '@/lib/api/api-context';
import { ApiError } from '@/lib/api/problem';
import { getConceptQueryOptions, type ConceptVersioned } from '../api/get-concept';
import { useUpdateConcept } from '../api/update-concept';
import {
  PLAN_ID,
  textId,
  TITLE_ID,
  toChange,
  toFormValues,
  violationsByControl,
  type ConceptFormValues,
  type FieldErrors,
} from './concept-form-model';
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
  const [values, setValues] = useState<ConceptFormValues>(() => toFormValues(initial.concept));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<'saved' | 'reloaded' | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const [previews, setPreviews] = useState<Partial<Record<TextSectionField, boolean>>>({});
  const conflictRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const apiError = update.error instanceof ApiError ? update.error : undefined;
  const conflict = apiError?.status === 412;
  const server = apiError?.status === 400 ? violationsByControl(apiError.violations) : undefined;
  const errors: FieldErrors = { ...server?.byId, ...clientErrors };
  const errorIds = Object.keys(errors);
  const showSummary = errorIds.length > 0 || (server?.other.length ?? 0) > 0;

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [update.error, clientErrors, showSummary]);
  useEffect(() => {
    if (notice === 'reloaded') noticeRef.current?.focus();
  }, [notice]);

  const change = (next: Partial<ConceptFormValues>) => {
    setValues((current) => ({ ...current, ...next }));
    setNotice(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setNotice(null);
    const found: FieldErrors = {};
    if (!values.title.trim()) found[TITLE_ID] = t('create.titleRequired');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      update.reset();
      return;
    }
    update.mutate(
      { id: conceptId, etag: base.etag, change: toChange(values) },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setNotice('saved');
          onSaved?.(saved);
        },
      },
    );
  };

  const reload = async () => {
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({ ...getConceptQueryOptions(api, conceptId), staleTime: 0 });
      setBase(fresh);
      setValues(toFormValues(fresh.concept));
      setClientErrors({});
      update.reset();
      setNotice('reloaded');
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };

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

  return (
    <form className="form concept-form" aria-label={t('editor.label')} noValidate onSubmit={submit}>
      {conflict && (
        <div ref={conflictRef} className="message message--error" role="alert" tabIndex={-1} aria-labelledby="concept-conflict-title">
          <p id="concept-conflict-title" className="message__title">
            {t('editor.conflictTitle')}
          </p>
          <p>{t('editor.conflictText')}</p>
          <p>
            <button type="button" className="button" onClick={() => void reload()} disabled={reloading}>
              {t('editor.reload')}
            </button>
          </p>
        </div>
      )}
      {reloadError != null && <ErrorMessage error={reloadError} />}
      {showSummary && (
        <div ref={summaryRef} className="message message--error error-summary" role="alert" tabIndex={-1} aria-labelledby="concept-errors-title">
          <p id="concept-errors-title" className="message__title">
            {t('editor.errorSummary')}
          </p>
          <ul>
            {errorIds.map((id) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {labelOf(id)}: {errors[id]}
                </a>
              </li>
            ))}
            {server?.other.map((violation, index) => (
              <li key={`other-${index}`}>
                {violation.field ? `${violation.field}: ` : ''}
                {violation.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {update.isError && !conflict && !showSummary && (
        apiError?.status === 409 ? (
          <div className="message message--error" role="alert">
            <p className="message__title">{t('editor.frozen')}</p>
            {apiError.detail && <p>{apiError.detail}</p>}
          </div>
        ) : (
          <ErrorMessage error={update.error} />
        )
      )}

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

      {TEXT_SECTIONS.slice(0, 8).map((section) => (
        <TextSection
          key={section.key}
          section={section}
          value={values.texts[section.field]}
          error={errors[textId(section.field)]}
          preview={previews[section.field] === true}
          onPreview={(on) => setPreviews((current) => ({ ...current, [section.field]: on }))}
          onChange={(text) => change({ texts: { ...values.texts, [section.field]: text } })}
        />
      ))}
      <section className="form__section" aria-labelledby={`${sectionId('TRANSFER_PLAN')}-edit`}>
        <h2 id={`${sectionId('TRANSFER_PLAN')}-edit`}>{t('sections.TRANSFER_PLAN')}</h2>
        <StepsEditor steps={values.steps} onChange={(steps) => change({ steps })} errors={errors} />
      </section>
      {TEXT_SECTIONS.slice(8).map((section) => (
        <TextSection
          key={section.key}
          section={section}
          value={values.texts[section.field]}
          error={errors[textId(section.field)]}
          preview={previews[section.field] === true}
          onPreview={(on) => setPreviews((current) => ({ ...current, [section.field]: on }))}
          onChange={(text) => change({ texts: { ...values.texts, [section.field]: text } })}
        />
      ))}

      <div className="form__actions">
        <button type="submit" className="button">
          {t('editor.save')}
        </button>
        <div ref={noticeRef} className="form__notice" role="status" tabIndex={-1}>
          {update.isPending
            ? t('editor.saving')
            : notice === 'saved'
              ? t('editor.saved')
              : notice === 'reloaded'
                ? t('editor.reloaded')
                : ''}
        </div>
      </div>
    </form>
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
      <div id={`${id}-preview`} className="concept-form__preview" role="region" aria-label={t('editor.previewOf', { section: name })} hidden={!preview}>
        {preview && (value.trim() ? <Markdown headingLevel={3}>{value}</Markdown> : <p className="muted">{t('editor.previewEmpty')}</p>)}
      </div>
    </section>
  );
}
