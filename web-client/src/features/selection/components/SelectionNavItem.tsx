import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useIsDecider, useIsJuror } from './JurorGate';

/**
 * "Auswahl" in the main navigation, for the roles that may use the selection board: under programme
 * management for deciders (`staff`), under "my work" for coaches who score.
 */
export function SelectionNavItem({ staff }: { staff: boolean }) {
  const { t } = useTranslation('selection');
  const juror = useIsJuror();
  const decider = useIsDecider();
  if (!juror || decider !== staff) return null;
  return (
    <li>
      <NavLink to="/selection">{t('nav')}</NavLink>
    </li>
  );
}
