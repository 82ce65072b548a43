import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoachOptions, usePartnerOptions } from '../api/author-options';
import type { ModuleAuthor } from './module-form-model';

type AuthorsFieldProps = {
  /** Id of the first control (the coach picker), where the error summary leads. */
  id: string;
  authors: ModuleAuthor[];
  error?: string;
  /** Shown while no author is named (a new module's author is then the caller). */
  emptyHint?: string;
  onChange: (authors: ModuleAuthor[]) => void;
};

/** The module's authors in display order: coaches and partner organisations, each added from a list and removable. */
export function AuthorsField({ id, authors, error, emptyHint, onChange }: AuthorsFieldProps) {
  const { t } = useTranslation('learning');
  const coaches = useCoachOptions();
  const partners = usePartnerOptions();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');
  const named = new Set(authors.map((author) => author.id));

  const add = (author: ModuleAuthor) => {
    if (!named.has(author.id)) onChange([...authors, author]);
  };

  return (
    <fieldset
      className={error ? 'checkbox-group checkbox-group--invalid module-authors' : 'checkbox-group module-authors'}
      aria-describedby={describedBy}
    >
      <legend>{t('form.fields.authors')}</legend>
      <p id={hintId} className="field__hint">
        {t('form.hints.authors')}
        {authors.length === 0 && emptyHint ? ` ${emptyHint}` : ''}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {authors.length > 0 && (
        <ul className="module-authors__list">
          {authors.map((author) => (
            <li key={author.id}>
              <span>
                {author.name} <span className="muted">({t(`form.authorKind.${author.kind}`)})</span>
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t('form.removeAuthor', { name: author.name })}
                onClick={() => onChange(authors.filter((candidate) => candidate.id !== author.id))}
              >
                {t('form.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="module-authors__add">
        <AddAuthor
          id={id}
          label={t('form.addCoach')}
          options={(coaches.data?.items ?? [])
            .filter((coach) => !named.has(coach.id))
            .map((coach) => ({ id: coach.id, name: coach.name }))}
          onAdd={(option) => add({ kind: 'COACH', ...option })}
        />
        <AddAuthor
          id={`${id}-organisation`}
          label={t('form.addOrganisation')}
          options={(partners.data?.items ?? [])
            .filter((partner) => !named.has(partner.id))
            .map((partner) => ({ id: partner.id, name: partner.name }))}
          onAdd={(option) => add({ kind: 'ORGANISATION', ...option })}
        />
      </div>
    </fieldset>
  );
}

type Option = { id: string; name: string };

function AddAuthor({
  id,
  label,
  options,
  onAdd,
}: {
  id: string;
  label: string;
  options: Option[];
  onAdd: (option: Option) => void;
}) {
  const { t } = useTranslation('learning');
  const [selected, setSelected] = useState('');
  const option = options.find((candidate) => candidate.id === selected);
  return (
    <div className="module-authors__picker">
      <label htmlFor={id}>{label}</label>
      <div className="search-box__row">
        <select id={id} value={option ? selected : ''} onChange={(event) => setSelected(event.target.value)}>
          <option value="">{t('form.choose')}</option>
          {options.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          aria-label={`${label}: ${t('form.add')}`}
          onClick={() => {
            if (!option) return;
            onAdd(option);
            setSelected('');
          }}
        >
          {t('form.add')}
        </button>
      </div>
    </div>
  );
}
