import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type TandemProgressProps =
  { done: number; total: number; percent?: undefined } | { percent: number; done?: undefined; total?: undefined };

/**
 * The share of milestones done as a <progress> whose accessible value is the same sentence as the
 * visible text ("x von y Meilensteinen erledigt"); lists only know the percentage.
 */
export function TandemProgress(props: TandemProgressProps) {
  const { t } = useTranslation('tandems');
  const ids = { bar: useId(), text: useId() };
  const text =
    props.percent === undefined
      ? t('progress.milestones', { done: props.done, total: props.total })
      : t('progress.percent', { percent: props.percent });
  const max = props.percent === undefined ? Math.max(props.total, 1) : 100;
  const value = props.percent === undefined ? props.done : props.percent;
  return (
    <div className="tandem-progress">
      <label htmlFor={ids.bar} className="visually-hidden">
        {t('progress.label')}
      </label>
      <progress
        id={ids.bar}
        className="tandem-progress__bar"
        max={max}
        value={value}
        aria-valuetext={text}
        aria-describedby={ids.text}
      />
      <span id={ids.text} className="tandem-progress__text">
        {text}
      </span>
    </div>
  );
}
