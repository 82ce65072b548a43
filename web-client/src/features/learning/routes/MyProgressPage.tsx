import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { Pagination } from '@/components/Pagination';
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
  if (progress.isPending) return <Loading label={t('myProgress.loading')} />;
  if (progress.isError) return <ErrorMessage error={progress.error} />;
  const { items, totalItems, totalPages } = progress.data;
  return (
    <div aria-busy={progress.isFetching}>
      <p className="result-count" role="status">
        {items.length === 0 ? t('myProgress.empty') : t('myProgress.count', { count: totalItems })}
      </p>
      {items.length > 0 && (
        <ul className="learning-completions">
          {items.map((item) => (
            <li key={item.moduleId}>
              <Link to={`/learning/modules/${item.slug}`}>{item.title}</Link>{' '}
              <span className="muted">{t('myProgress.completedAt', { date: formatDate(item.completedAt, i18n.language) })}</span>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} totalPages={totalPages} onPageChange={setPage} />
      <p>
        <Link to="/learning">{t('myProgress.toLearning')}</Link>
      </p>
    </div>
  );
}
