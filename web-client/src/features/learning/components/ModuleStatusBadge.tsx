import { useTranslation } from 'react-i18next';
import type { ModuleStatus } from '../api/get-authoring-modules';

/** The lifecycle status as text in a badge; the colour only repeats it. */
export function ModuleStatusBadge({ status }: { status: ModuleStatus }) {
  const { t } = useTranslation('learning');
  return (
    <span className={`status-badge module-status module-status--${status.toLowerCase().replaceAll('_', '-')}`}>
      {t(`status.${status}`)}
    </span>
  );
}
