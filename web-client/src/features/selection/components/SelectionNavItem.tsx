import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useIsJuror } from './JurorGate';

/** "Auswahl" in the main navigation, for the roles that may use the selection board. */
export function SelectionNavItem() {
  const { t } = useTranslation('selection');
  if (!useIsJuror()) return null;
  return (
    <li>
      <NavLink to="/selection">{t('nav')}</NavLink>
    </li>
  );
}
