import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import '../admin.css';

const ADMINS = ['admin'] as const;
const STAFF = ['admin', 'coordinator'] as const;

/** Each screen with the roles that may use it; coordinators see the parts they manage. */
const SECTIONS = [
  { to: '/admin/memberships', key: 'memberships', roles: ADMINS },
  { to: '/admin/selection-criteria', key: 'selectionCriteria', roles: ADMINS },
  { to: '/admin/selection-rounds', key: 'selectionRounds', roles: STAFF },
  { to: '/admin/expertise-topics', key: 'expertiseTopics', roles: STAFF },
  { to: '/admin/coaches', key: 'coaches', roles: STAFF },
  { to: '/admin/coaching-assignments', key: 'coachingAssignments', roles: STAFF },
  { to: '/privacy', key: 'privacy', roles: ADMINS },
  { to: '/outreach/manage', key: 'outreach', roles: STAFF },
  { to: '/admin/audit', key: 'audit', roles: ADMINS },
] as const;

/** The administration area: one entry per thing an admin (or, for some, a coordinator) manages. */
export function AdminHomePage() {
  const { t } = useTranslation('admin');
  const auth = useAuth();
  const sections = SECTIONS.filter((section) => section.roles.some((role) => auth.authenticated && auth.hasRole(role)));
  return (
    <div className="content">
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <RequireRole roles={STAFF} messages={{ forbidden: t('forbiddenStaff') }}>
        <p className="lead">{t('home.intro')}</p>
        <ul className="admin-sections">
          {sections.map((section) => (
            <li key={section.key} className="panel">
              <h2>
                <Link to={section.to}>{t(`home.sections.${section.key}.title`)}</Link>
              </h2>
              <p>{t(`home.sections.${section.key}.text`)}</p>
            </li>
          ))}
        </ul>
      </RequireRole>
    </div>
  );
}
