import { useTranslation } from 'react-i18next';
import type { ConceptStatus } from '@/lib/concept-sections';

export function StatusBadge({ status }: { status: ConceptStatus }) {
  const { t } = useTranslation('concepts');
  return (
    <span className={`status-badge concept-status concept-status--${status.toLowerCase().replaceAll('_', '-')}`}>
      {t(`status.${status}`)}
    </span>
  );
}
