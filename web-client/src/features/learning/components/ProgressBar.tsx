import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "x von y erledigt" with a native progress bar named by that text. */
export function ProgressBar({ done, total, percent }: { done: number; total: number; percent: number }) {
  const { t } = useTranslation('learning');
  const id = useId();
  return (
    <div className="learning-progress">
      <p id={id} className="learning-progress__text">
        {t('progress.count', { done, total })} <span>({t('progress.percent', { percent })})</span>
      </p>
      <progress aria-labelledby={id} value={done} max={Math.max(total, 1)}>
        {t('progress.percent', { percent })}
      </progress>
    </div>
  );
}
