import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useMe } from '@/api/get-me';
import { LIST_ROLES } from '@/features/organisations/routes/OrganisationPage';
import { CoachingNavItems } from '@/features/coaching/components/CoachingNavItems';
import { ConceptsNavItem } from '@/features/concepts/components/ConceptsNavItem';
import { LearningNavItem } from '@/features/learning/components/LearningNavItem';
import { OutreachNavItem } from '@/features/metrics/components/OutreachNavItem';
import { PrivacyNavItem } from '@/features/privacy/components/PrivacyNavItem';
import { SelectionNavItem } from '@/features/selection/components/SelectionNavItem';
import { TandemsNavItem } from '@/features/tandems/components/TandemsNavItem';
import { useAuth } from '@/lib/auth-context';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation();
  const auth = useAuth();
  const isPartner = auth.authenticated && auth.hasRole('partner');
  // "Meine Organisation" only for partner users whose account belongs to an organisation.
  const me = useMe({ enabled: isPartner });
  const hasOrganisation = isPartner && me.data?.organisation != null;
  const seesOrganisations = auth.authenticated && LIST_ROLES.some((role) => auth.hasRole(role));
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('appName')}
        </Link>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.start')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/partners">{t('nav.partners')}</NavLink>
            </li>
            {hasOrganisation && (
              <li>
                <NavLink to="/my-organisation">{t('nav.myOrganisation')}</NavLink>
              </li>
            )}
            {seesOrganisations && (
              <li>
                <NavLink to="/organisations">{t('nav.organisations')}</NavLink>
              </li>
            )}
            <ConceptsNavItem />
            <LearningNavItem />
            <OutreachNavItem />
            <SelectionNavItem />
            <CoachingNavItems />
            <TandemsNavItem />
            <PrivacyNavItem />
            {auth.authenticated && (
              <li>
                <NavLink to="/account">{t('nav.account')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="site-header__actions">
          <LanguageSwitch />
          {auth.authenticated ? (
            <>
              {auth.userName && (
                <span className="user-name">
                  <span className="visually-hidden">{t('auth.signedInAs')} </span>
                  {auth.userName}
                </span>
              )}
              <button type="button" className="button button--secondary" onClick={auth.logout}>
                {t('auth.logout')}
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={auth.login}>
              {t('auth.login')}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
