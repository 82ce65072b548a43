import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** "Reichweite" in the main navigation, for everybody (anonymous users see the published figures). */
export function OutreachNavItem() {
  const { t } = useTranslation('metrics');
  return (
    <li>
      <NavLink to="/outreach">{t('nav')}</NavLink>
    </li>
  );
}
