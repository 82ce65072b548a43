import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import '../admin.css';

const SECTIONS = [
  { to: '/admin/memberships', key: 'memberships' },
  { to: '/privacy', key: 'privacy' },
  { to: '/admin/audit', key: 'audit' },
  { to: '/outreach/manage', key: 'outreach' },
] as const;

/** The administration area: one entry per thing an admin manages. */
export function AdminHomePage() {
  const { t } = useTranslation('admin');
  return (
    <div className="content">
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <RequireRole roles={['admin']} messages={{ forbidden: t('forbidden') }}>
        <p className="lead">{t('home.intro')}</p>
        <ul className="admin-sections">
          {SECTIONS.map((section) => (
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
