import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { RecordFallback } from '@/components/RecordStatus';
import { useAuth } from '@/lib/auth-context';
import { Markdown } from '@/components/Markdown';
import { useLearningPath, usePathProgress, type LearningPathDetail } from '../api/get-learning-paths';
import { DoneToggle } from '../components/DoneToggle';
import { ModuleFacts } from '../components/ModuleFacts';
import { ProgressBar } from '../components/ProgressBar';
import { BackLink } from '@/components/BackLink';
import '@/components/ui.css';
import '../learning.css';

export function PathPage() {
  const { t } = useTranslation('learning');
  const { slug = '' } = useParams();
  const path = useLearningPath(slug);
  if (path.isSuccess) return <PathDetail path={path.data} />;
  return (
    <RecordFallback
      title={t('list.title')}
      back={{ to: '/learning', label: t('module.back') }}
      query={path}
      loading={t('path.loading')}
      notFound={t('path.notFound')}
    />
  );
}

function PathDetail({ path }: { path: LearningPathDetail }) {
  const { t } = useTranslation('learning');
  const auth = useAuth();
  const progress = usePathProgress(path.id, { enabled: auth.authenticated });
  const done = (moduleId: string) => progress.data?.modules.find((module) => module.moduleId === moduleId)?.done === true;
  return (
    <div className="content learning-path">
      <BackLink to="/learning">{t('module.back')}</BackLink>
      <PageHeading title={path.title}>{path.title}</PageHeading>
      <Markdown>{path.introduction}</Markdown>
      {auth.authenticated &&
        (progress.isError ? (
          <ErrorMessage error={progress.error} />
        ) : progress.data ? (
          <ProgressBar done={progress.data.done} total={progress.data.total} percent={progress.data.percent} />
        ) : (
          <Loading label={t('progress.loading')} />
        ))}
      <h2 id="path-modules-heading">{t('path.modules')}</h2>
      <ol className="learning-path__modules" aria-labelledby="path-modules-heading">
        {path.modules.map((module) => (
          <li key={module.id} className="learning-result">
            <h3 className="learning-result__title">
              <Link to={`/learning/modules/${module.slug}`}>{module.title}</Link>
              {done(module.id) && <span className="learning-done-mark"> ✓ {t('progress.done')}</span>}
            </h3>
            <ModuleFacts format={module.format} level={module.level} minutes={module.estimatedMinutes} />
            <p>{module.summary}</p>
            {auth.authenticated && progress.data && module.status === 'PUBLISHED' && (
              <DoneToggle moduleId={module.id} title={module.title} done={done(module.id)} />
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
