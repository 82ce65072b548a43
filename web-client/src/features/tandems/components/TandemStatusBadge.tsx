import { useTranslation } from 'react-i18next';
import type { TandemStatus } from '../api/get-tandems';

export const TANDEM_STATUSES: TandemStatus[] = ['PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED', 'CANCELLED'];

/** The status in words; the colour only repeats it. */
export function TandemStatusBadge({ status }: { status: TandemStatus }) {
  const { t } = useTranslation('tandems');
  return <span className={`status-badge tandem-status tandem-status--${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
