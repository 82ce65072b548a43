import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** "Porträts" in the public navigation group. */
export function PortraitsNavItem() {
  const { t } = useTranslation('portraits');
  return (
    <li>
      <NavLink to="/portraits">{t('nav')}</NavLink>
    </li>
  );
}
