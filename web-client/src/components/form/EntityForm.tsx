import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ErrorMessage';
import { ProblemAlert } from '../ProblemAlert';
import type { EntityFormEngine } from './use-entity-form';

type EntityFormProps<K extends string> = {
  engine: EntityFormEngine<K>;
  /** The form's accessible name. */
  label: string;
  className?: string;
  /**
   * Where the form's texts are, e.g. 'organisations:form': conflictTitle, conflictText, reload,
   * errorSummary, saving, saved, reloaded.
   */
  texts: string;
  /** The ids of the conflict's and the summary's titles. */
  titleIds: { conflict: string; summary: string };
  /** A field's name in the summary. */
  labelOf: (key: K) => string;
  /** The id of the control a summary entry leads to (default: the key). */
  focusTarget?: (key: K) => string;
  /** Plain-language messages for refusals without field errors, by status (see ProblemAlert). */
  messages?: Partial<Record<number, string>>;
  submitLabel: string;
  children: ReactNode;
};

/**
 * A form of the form engine: above the fields the 412 conflict with its "load the latest version" action,
 * the error summary (links to the fields) or the general error; below them the save button and a status
 * line that says "saving", "saved" or "reloaded".
 */
export function EntityForm<K extends string>({
  engine,
  label,
  className = 'form',
  texts,
  titleIds,
  labelOf,
  focusTarget = (key) => key,
  messages = {},
  submitLabel,
  children,
}: EntityFormProps<K>) {
  const { t: translate } = useTranslation();
  const t = (key: string) => (translate as unknown as (key: string) => string)(`${texts}.${key}`);
  const { errors, state } = engine;
  return (
    <form className={className} aria-label={label} noValidate onSubmit={engine.submit}>
      {state.conflict && (
        <TitledAlert boxRef={state.conflictRef} titleId={titleIds.conflict} title={t('conflictTitle')}>
          <p>{t('conflictText')}</p>
          <p>
            <button type="button" className="button" onClick={() => void state.reload()} disabled={state.reloading}>
              {t('reload')}
            </button>
          </p>
        </TitledAlert>
      )}
      {state.reloadError != null && <ErrorMessage error={state.reloadError} />}
      {state.showSummary && (
        <TitledAlert boxRef={state.summaryRef} className="error-summary" titleId={titleIds.summary} title={t('errorSummary')}>
          <ul>
            {state.errorKeys.map((key) => (
              <li key={key}>
                <a
                  href={`#${focusTarget(key)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(focusTarget(key))?.focus();
                  }}
                >
                  {labelOf(key)}: {errors[key]}
                </a>
              </li>
            ))}
            {state.otherViolations.map((violation, index) => (
              <li key={`other-${index}`}>
                {violation.field ? `${violation.field}: ` : ''}
                {violation.message}
              </li>
            ))}
          </ul>
        </TitledAlert>
      )}
      {state.failed && !state.conflict && !state.showSummary && <ProblemAlert error={state.error} messages={messages} />}

      {children}

      <div className="form__actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <div ref={state.noticeRef} className="form__notice" role="status" tabIndex={-1}>
          {state.pending ? t('saving') : state.notice === 'saved' ? t('saved') : state.notice === 'reloaded' ? t('reloaded') : ''}
        </div>
      </div>
    </form>
  );
}

/** A focusable alert with a title that names it: the conflict and the error summary. */
function TitledAlert({
  boxRef,
  className,
  titleId,
  title,
  children,
}: {
  boxRef: Ref<HTMLDivElement>;
  className?: string;
  titleId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <div
      ref={boxRef}
      className={className ? `message message--error ${className}` : 'message message--error'}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <p id={titleId} className="message__title">
        {title}
      </p>
      {children}
    </div>
  );
}
