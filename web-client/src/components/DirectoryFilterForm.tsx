import { useTranslation } from 'react-i18next';
import { emptyFilters, hasActiveFilters, type DirectoryFilters } from '@/lib/directory-filters';
import { GERMAN_STATES, ORGANISATION_KINDS, SETTLEMENT_TYPES, SUBMARKETS, type ProgrammeRole } from '@/lib/enums';
import { NARROW_SCREEN, useMediaQuery } from '@/lib/use-media-query';
import { useStateName } from '@/lib/use-state-name';
import { CheckboxGroup } from './CheckboxGroup';
import { SearchBox } from './SearchBox';

type DirectoryFilterFormProps = {
  filters: DirectoryFilters;
  onChange: (filters: DirectoryFilters) => void;
  /** The programme roles one may filter by (the public directory shows partners only). */
  programmeRoles: readonly ProgrammeRole[];
};

/**
 * Search box and filter checkboxes of an organisation list. Every change applies at once. On a phone the
 * checkboxes fold into a disclosure, so the results come before them.
 */
export function DirectoryFilterForm({ filters, onChange, programmeRoles }: DirectoryFilterFormProps) {
  const { t } = useTranslation();
  const stateName = useStateName();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const activeCount =
    filters.state.length +
    filters.submarket.length +
    filters.settlementType.length +
    filters.programmeRole.length +
    filters.kind.length;
  const groups = (
    <>
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
    </>
  );
  return (
    <div className="filters">
      <SearchBox
        id="directory-search"
        label={t('filters.search')}
        hint={t('filters.searchHint')}
        buttonLabel={t('filters.searchButton')}
        q={filters.q}
        onSearch={(q) => onChange({ ...filters, q })}
      />
      {narrow ? (
        <details className="filters__groups filters__disclosure">
          <summary className="filters__heading">{t('filters.summary', { count: activeCount })}</summary>
          {groups}
        </details>
      ) : (
        <section className="filters__groups" aria-labelledby="filters-heading">
          <h2 id="filters-heading" className="filters__heading">
            {t('filters.heading')}
          </h2>
          {groups}
        </section>
      )}
    </div>
  );
}
