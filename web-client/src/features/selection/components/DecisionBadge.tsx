import { useTranslation } from 'react-i18next';
import type { SelectionDecision } from '../api/get-round';

const MARK: Record<SelectionDecision, string> = { SELECTED: '✓', WAITLISTED: '…', REJECTED: '✕' };

/** The decision as a badge with text (colour and symbol only repeat it); "offen" when undecided. */
export function DecisionBadge({ decision }: { decision?: SelectionDecision | null }) {
  const { t } = useTranslation('selection');
  if (!decision) return <span className="decision-badge decision-badge--open">{t('ranking.undecided')}</span>;
  return (
    <span className={`decision-badge decision-badge--${decision.toLowerCase()}`}>
      <span aria-hidden="true">{MARK[decision]} </span>
      {t(`decisions.${decision}`)}
    </span>
  );
}
