import { useTranslation } from 'react-i18next';
import type { ModuleFormat, ModuleLevel } from '../api/get-learning-modules';

/** Format, level and reading time in one line, e.g. "Artikel · Einstieg · 20 Min.". */
export function ModuleFacts({ format, level, minutes }: { format: ModuleFormat; level: ModuleLevel; minutes: number }) {
  const { t } = useTranslation('learning');
  return (
    <p className="learning-facts">
      <span>{t(`format.${format}`)}</span>
      <span aria-hidden="true"> · </span>
      <span>{t(`level.${level}`)}</span>
      <span aria-hidden="true"> · </span>
      <span>{t('minutes', { count: minutes })}</span>
    </p>
  );
}
