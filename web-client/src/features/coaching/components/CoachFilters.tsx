import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStateName } from '@/lib/use-state-name';
import type { GermanState } from '@/api/get-coaches';
import { useExpertiseTopics } from '@/api/get-expertise-topics';
import { Options } from '@/components/form/Options';

export const STATES: GermanState[] = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
];

export type CoachFilterValues = { topic?: string; region?: GermanState };

type CoachFiltersProps = {
  values: CoachFilterValues;
  onChange: (values: CoachFilterValues) => void;
};

/** Topic and state filters; applied on submit, so changing a select never reloads the list by surprise. */
export function CoachFilters({ values, onChange }: CoachFiltersProps) {
  const { t, i18n } = useTranslation('coaching');
  const stateName = useStateName();
  const topics = useExpertiseTopics();
  const ids = { topic: useId(), region: useId() };
  const english = i18n.language.startsWith('en');
  const states = [...STATES].sort((a, b) => stateName(a).localeCompare(stateName(b), i18n.language));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const topic = String(data.get('topic') ?? '');
    const region = String(data.get('region') ?? '');
    onChange({
      topic: topic || undefined,
      region: STATES.includes(region as GermanState) ? (region as GermanState) : undefined,
    });
  }

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('coaches.filters')}
      onSubmit={handleSubmit}
      // Re-mount on new URL values (e.g. back button), so the selects show what is applied.
      key={`${values.topic ?? ''}|${values.region ?? ''}|${topics.isSuccess}`}
    >
      <div className="form-field">
        <label htmlFor={ids.topic}>{t('coaches.topic')}</label>
        <select id={ids.topic} name="topic" defaultValue={values.topic ?? ''}>
          <option value="">{t('coaches.allTopics')}</option>
          {topics.data?.map((topic) => (
            <option key={topic.key} value={topic.key}>
              {english ? topic.nameEn : topic.nameDe}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={ids.region}>{t('coaches.region')}</label>
        <select id={ids.region} name="region" defaultValue={values.region ?? ''}>
          <option value="">{t('coaches.allRegions')}</option>
          <Options values={states} label={(code) => stateName(code)} />
        </select>
      </div>
      <div className="form-actions filters__actions">
        <button type="submit" className="button">
          {t('coaches.apply')}
        </button>
        {(values.topic || values.region) && (
          <button type="button" className="button button--secondary" onClick={() => onChange({})}>
            {t('coaches.reset')}
          </button>
        )}
      </div>
    </form>
  );
}
