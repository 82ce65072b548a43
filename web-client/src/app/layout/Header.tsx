import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useMe } from '@/api/get-me';
import { LIST_ROLES } from '@/features/organisations/routes/OrganisationPage';
import { AdminNavItems, ManageNavItem } from '@/features/admin/components/AdminNavItems';
import { CoachesNavItem, MyPartnersNavItem } from '@/features/coaching/components/CoachingNavItems';
import { ConceptsNavItem } from '@/features/concepts/components/ConceptsNavItem';
import { DashboardNavItem } from '@/features/dashboard/components/DashboardNavItem';
import { EventsManageNavItem, EventsNavItem } from '@/features/events/components/EventsNavItem';
import {
  LearningAuthoringNavItem,
  LearningNavItem,
  LearningProgressNavItem,
} from '@/features/learning/components/LearningNavItem';
import { OutreachManageNavItem, OutreachNavItem } from '@/features/metrics/components/OutreachNavItem';
import { PortraitsManageNavItem, PortraitsNavItem } from '@/features/portraits/components/PortraitsNavItem';
import { PrivacyNavItem } from '@/features/privacy/components/PrivacyNavItem';
import { SelectionNavItem } from '@/features/selection/components/SelectionNavItem';
import { TandemsNavItem } from '@/features/tandems/components/TandemsNavItem';
import { useAuth } from '@/lib/auth-context';
import { LanguageSwitch } from './LanguageSwitch';

/** Roles that manage the programme (its menu group); advisors read organisations there. */
const PROGRAMME_ROLES = ['coordinator', 'admin', 'advisor'] as const;

function NavGroup({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="main-nav__group">
      <p id={id} className="main-nav__group-label">
        {label}
      </p>
      <ul aria-labelledby={id}>{children}</ul>
    </div>
  );
}

/**
 * The main navigation, grouped by what a person does: public pages, my work, programme management and
 * administration; a group shows only when the role has something in it. Below 768 px the groups fold into
 * a menu that opens from a button.
 */
export function Header() {
  const { t } = useTranslation();
  const auth = useAuth();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const isPartner = auth.authenticated && auth.hasRole('partner');
  // "Meine Organisation" only for partner users whose account belongs to an organisation.
  const me = useMe({ enabled: isPartner });
  const hasOrganisation = isPartner && me.data?.organisation != null;
  const has = (roles: readonly string[]) => auth.authenticated && roles.some((role) => auth.hasRole(role));
  const seesOrganisations = has(LIST_ROLES);
  const managesProgramme = has(PROGRAMME_ROLES);
  const isAdmin = has(['admin']);

  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('appName')}
        </Link>
        <nav
          className="main-nav"
          aria-label={t('nav.label')}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && menuOpen) {
              setMenuOpen(false);
              document.getElementById(`${menuId}-button`)?.focus();
            }
          }}
        >
          <button
            id={`${menuId}-button`}
            type="button"
            className="button button--secondary main-nav__toggle"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="main-nav__toggle-icon" aria-hidden="true" />
            {t('nav.menu')}
          </button>
          <div id={menuId} className={menuOpen ? 'main-nav__panel main-nav__panel--open' : 'main-nav__panel'}>
            <NavGroup label={t('nav.groups.public')}>
              <li>
                <NavLink to="/" end>
                  {t('nav.start')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/partners">{t('nav.partners')}</NavLink>
              </li>
              <ConceptsNavItem />
              <LearningNavItem />
              <PortraitsNavItem />
              <EventsNavItem />
              <OutreachNavItem />
              <CoachesNavItem />
            </NavGroup>
            {auth.authenticated && (
              <NavGroup label={t('nav.groups.myWork')}>
                <DashboardNavItem />
                {hasOrganisation && (
                  <li>
                    <NavLink to="/my-organisation">{t('nav.myOrganisation')}</NavLink>
                  </li>
                )}
                <MyPartnersNavItem />
                <SelectionNavItem staff={false} />
                <TandemsNavItem staff={false} />
                <LearningAuthoringNavItem staff={false} />
                <LearningProgressNavItem />
                <li>
                  <NavLink to="/account">{t('nav.account')}</NavLink>
                </li>
              </NavGroup>
            )}
            {managesProgramme && (
              <NavGroup label={t('nav.groups.programme')}>
                {seesOrganisations && (
                  <li>
                    <NavLink to="/organisations">{t('nav.organisations')}</NavLink>
                  </li>
                )}
                <SelectionNavItem staff />
                <TandemsNavItem staff />
                <LearningAuthoringNavItem staff />
                <OutreachManageNavItem />
                <PortraitsManageNavItem />
                <EventsManageNavItem />
                <ManageNavItem />
              </NavGroup>
            )}
            {isAdmin && (
              <NavGroup label={t('nav.groups.admin')}>
                <AdminNavItems />
                <PrivacyNavItem />
              </NavGroup>
            )}
          </div>
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
