import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GERMAN_STATES } from '@/lib/enums';
import { useStateName } from '@/lib/use-state-name';
import { REPORT_INTERVALS, type ReportInterval, type ReportQuery } from '../api/get-outreach-report';
import type { MetricScope } from '../api/get-metric-scopes';
import { Options } from '@/components/form/Options';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Range, interval and (for staff and advisors) scope and state. Dates take effect once both are complete
 * and "to" is not before "from"; until then the last valid report stays on screen.
 */
export function ReportFilters({
  query,
  onChange,
  scopes,
}: {
  query: ReportQuery;
  onChange: (next: ReportQuery) => void;
  scopes?: MetricScope[];
}) {
  const { t } = useTranslation('metrics');
  const stateName = useStateName();
  const id = useId();
  const [draft, setDraft] = useState({ from: query.from, to: query.to });
  // A new range in the address (e.g. the nav link back to the defaults) replaces the drafts, without remounting
  // the inputs (which would take the focus away from a keyboard user).
  const [seen, setSeen] = useState({ from: query.from, to: query.to });
  if (seen.from !== query.from || seen.to !== query.to) {
    setSeen({ from: query.from, to: query.to });
    setDraft({ from: query.from, to: query.to });
  }
  const invalid = ISO_DAY.test(draft.from) && ISO_DAY.test(draft.to) && draft.to < draft.from;

  const changeDate = (field: 'from' | 'to', value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (ISO_DAY.test(next.from) && ISO_DAY.test(next.to) && next.from <= next.to) onChange({ ...query, ...next });
  };
  const states = scopes ? GERMAN_STATES.filter((state) => scopes.some((scope) => scope.state === state)) : [];

  return (
    <fieldset className="report-filters">
      <legend>{t('filters.legend')}</legend>
      <div className="form-field">
        <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={draft.from}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-range-error` : undefined}
          onChange={(event) => changeDate('from', event.target.value)}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={draft.to}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-range-error` : undefined}
          onChange={(event) => changeDate('to', event.target.value)}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-interval`}>{t('filters.interval')}</label>
        <select
          id={`${id}-interval`}
          value={query.interval ?? 'MONTH'}
          onChange={(event) => onChange({ ...query, interval: event.target.value as ReportInterval })}
        >
          <Options values={REPORT_INTERVALS} label={(interval) => t(`interval.${interval}`)} />
        </select>
      </div>
      {scopes && (
        <>
          <div className="form-field">
            <label htmlFor={`${id}-state`}>{t('filters.state')}</label>
            <select
              id={`${id}-state`}
              value={query.state ?? ''}
              onChange={(event) =>
                onChange({ ...query, state: (event.target.value || undefined) as ReportQuery['state'], scopeId: undefined })
              }
            >
              <option value="">{t('filters.all')}</option>
              <Options values={states} label={(state) => stateName(state)} />
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-scope`}>{t('filters.scope')}</label>
            <select
              id={`${id}-scope`}
              value={query.scopeId ?? ''}
              onChange={(event) => onChange({ ...query, scopeId: event.target.value || undefined })}
            >
              <option value="">{t('filters.all')}</option>
              {scopes
                .filter((scope) => !query.state || scope.state === query.state)
                .map((scope) => (
                  <option key={scope.id} value={scope.id}>
                    {scope.name}
                  </option>
                ))}
            </select>
          </div>
        </>
      )}
      {invalid && (
        <p id={`${id}-range-error`} className="field__error" role="alert">
          {t('filters.invalidRange')}
        </p>
      )}
    </fieldset>
  );
}
