import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyFilters, hasActiveFilters, type DirectoryFilters } from '@/lib/directory-filters';
import { GERMAN_STATES, ORGANISATION_KINDS, SETTLEMENT_TYPES, SUBMARKETS, type ProgrammeRole } from '@/lib/enums';
import { useStateName } from '@/lib/use-state-name';
import { CheckboxGroup } from './CheckboxGroup';

type DirectoryFilterFormProps = {
  filters: DirectoryFilters;
  onChange: (filters: DirectoryFilters) => void;
  /** The programme roles one may filter by (the public directory shows partners only). */
  programmeRoles: readonly ProgrammeRole[];
};

/** Search box and filter checkboxes of an organisation list. Every change applies at once. */
export function DirectoryFilterForm({ filters, onChange, programmeRoles }: DirectoryFilterFormProps) {
  const { t } = useTranslation();
  const stateName = useStateName();
  return (
    <div className="filters">
      <SearchBox q={filters.q} onSearch={(q) => onChange({ ...filters, q })} />
      <section className="filters__groups" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="filters__heading">
          {t('filters.heading')}
        </h2>
        <CheckboxGroup
          id="filter-state"
          legend={t('filters.state')}
          options={GERMAN_STATES.map((value) => ({ value, label: stateName(value) }))}
          selected={filters.state}
          onChange={(state) => onChange({ ...filters, state })}
        />
        <CheckboxGroup
          id="filter-submarket"
          legend={t('filters.submarket')}
          options={SUBMARKETS.map((value) => ({ value, label: t(`submarkets.${value}`) }))}
          selected={filters.submarket}
          onChange={(submarket) => onChange({ ...filters, submarket })}
        />
        <CheckboxGroup
          id="filter-settlement-type"
          legend={t('filters.settlementType')}
          options={SETTLEMENT_TYPES.map((value) => ({ value, label: t(`settlementTypes.${value}`) }))}
          selected={filters.settlementType}
          onChange={(settlementType) => onChange({ ...filters, settlementType })}
        />
        <CheckboxGroup
          id="filter-programme-role"
          legend={t('filters.programmeRole')}
          options={programmeRoles.map((value) => ({ value, label: t(`programmeRoles.${value}`) }))}
          selected={filters.programmeRole}
          onChange={(programmeRole) => onChange({ ...filters, programmeRole })}
        />
        <CheckboxGroup
          id="filter-kind"
          legend={t('filters.kind')}
          options={ORGANISATION_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          selected={filters.kind}
          onChange={(kind) => onChange({ ...filters, kind })}
        />
        {/* Always there, so that focus stays on it after a reset. */}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            if (hasActiveFilters(filters)) onChange({ ...emptyFilters, sort: filters.sort });
          }}
        >
          {t('filters.reset')}
        </button>
      </section>
    </div>
  );
}

function SearchBox({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(q);
  // When the address brings another search (history, reset), show it; typing is kept otherwise.
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    setValue(q);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" className="search-box" aria-label={t('filters.search')} onSubmit={submit}>
      <label htmlFor="directory-search">{t('filters.search')}</label>
      <p id="directory-search-hint" className="field__hint">
        {t('filters.searchHint')}
      </p>
      <div className="search-box__row">
        <input
          id="directory-search"
          type="search"
          name="q"
          maxLength={200}
          aria-describedby="directory-search-hint"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button">
          {t('filters.searchButton')}
        </button>
      </div>
    </form>
  );
}
