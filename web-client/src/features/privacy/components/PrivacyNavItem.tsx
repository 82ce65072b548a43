import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';

/** "Datenschutz" in the main navigation, for admins only. */
export function PrivacyNavItem() {
  const { t } = useTranslation('privacy');
  const auth = useAuth();
  if (!auth.authenticated || !auth.hasRole('admin')) return null;
  return (
    <li>
      <NavLink to="/privacy">{t('nav')}</NavLink>
    </li>
  );
}
