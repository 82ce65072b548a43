import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth-context';
import { AUTHOR_ROLES, STAFF_ROLES } from './roles';

/**
 * "Lernraum" in the main navigation for everybody; "Mein Lernstand" for signed-in users; "Meine Lernmodule"
 * for coaches and partners, "Lernmodule prüfen" for staff (both the authoring page).
 */
export function LearningNavItem() {
  const { t } = useTranslation('learning');
  const auth = useAuth();
  const author = auth.authenticated && AUTHOR_ROLES.some((role) => auth.hasRole(role));
  const staff = auth.authenticated && STAFF_ROLES.some((role) => auth.hasRole(role));
  return (
    <>
      <li>
        <NavLink to="/learning" end>
          {t('nav')}
        </NavLink>
      </li>
      {auth.authenticated && (
        <li>
          <NavLink to="/learning/progress">{t('myProgress.nav')}</NavLink>
        </li>
      )}
      {author && (
        <li>
          <NavLink to="/learning/authoring">{staff ? t('authoring.staffNav') : t('authoring.nav')}</NavLink>
        </li>
      )}
    </>
  );
}
