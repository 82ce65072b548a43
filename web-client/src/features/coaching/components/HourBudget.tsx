import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachingAssignment } from '../api/get-coaching-assignments';

type HourBudgetProps = Pick<CoachingAssignment, 'hourBudget' | 'hoursUsed' | 'hoursRemaining' | 'overBudget'>;

/**
 * Hours used against the budget as a <meter> with the same words as the visible text ("x von y Stunden").
 * Over budget is said in words and marked with a symbol and a border, not by colour alone.
 */
export function HourBudget({ hourBudget, hoursUsed, hoursRemaining, overBudget }: HourBudgetProps) {
  const { t } = useTranslation('coaching');
  const ids = { meter: useId(), text: useId(), state: useId() };
  // Over budget the text says both figures and the overrun, never "16 von 8 Stunden".
  const text = overBudget
    ? t('budget.usedOfBudget', { used: hoursUsed, count: hourBudget })
    : t('budget.hoursOf', { used: hoursUsed, count: hourBudget });
  return (
    <div className={overBudget ? 'budget budget--over' : 'budget'}>
      <label htmlFor={ids.meter} className="budget__label">
        {t('budget.label')}
      </label>
      <meter
        id={ids.meter}
        className="budget__meter"
        min={0}
        max={hourBudget}
        value={Math.min(hoursUsed, hourBudget)}
        low={hourBudget * 0.75}
        high={hourBudget * 0.9}
        optimum={0}
        aria-valuetext={text}
        aria-describedby={ids.state}
      />
      <p id={ids.text} className="budget__text">
        {text}
      </p>
      {overBudget ? (
        <p id={ids.state} className="budget__state budget__state--over">
          <span aria-hidden="true">⚠ </span>
          {t('budget.over', { count: Math.abs(hoursRemaining) })}
        </p>
      ) : (
        <p id={ids.state} className="budget__state">
          {t('budget.remaining', { count: hoursRemaining })}
        </p>
      )}
    </div>
  );
}
