import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** "Veranstaltungen" in the public navigation group. */
export function EventsNavItem() {
  const { t } = useTranslation('events');
  return (
    <li>
      <NavLink to="/events">{t('nav')}</NavLink>
    </li>
  );
}
