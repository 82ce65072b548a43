import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '../../../lib/auth-context';

/** "Lernraum" in the main navigation for everybody; "Mein Lernstand" for signed-in users. */
export function LearningNavItem() {
  const { t } = useTranslation('learning');
  const auth = useAuth();
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
    </>
  );
}
