import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { formatDate } from '@/lib/format';
import { useMyLearningProgress } from '../api/module-progress';
import '@/components/ui.css';
import '../learning.css';

export function MyProgressPage() {
  const { t } = useTranslation('learning');
  return (
    <div className="content">
      <PageHeading title={t('myProgress.title')}>{t('myProgress.title')}</PageHeading>
      <RequireRole>
        <Completions />
      </RequireRole>
    </div>
  );
}

function Completions() {
  const { t, i18n } = useTranslation('learning');
  const auth = useAuth();
  const [page, setPage] = useState(0);
  const progress = useMyLearningProgress(page, { enabled: auth.authenticated });
  return (
    <PagedResults
      query={progress}
      loading={t('myProgress.loading')}
      empty={t('myProgress.empty')}
      count={(count) => t('myProgress.count', { count })}
      page={page}
      onPageChange={setPage}
      footer={
        <p>
          <Link to="/learning">{t('myProgress.toLearning')}</Link>
        </p>
      }
    >
      {(items) => (
        <ul className="learning-completions">
          {items.map((item) => (
            <li key={item.moduleId}>
              <Link to={`/learning/modules/${item.slug}`}>{item.title}</Link>{' '}
              <span className="muted">{t('myProgress.completedAt', { date: formatDate(item.completedAt, i18n.language) })}</span>
            </li>
          ))}
        </ul>
      )}
    </PagedResults>
  );
}
