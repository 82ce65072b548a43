import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { PageHeading } from '@/components/PageHeading';
import { RecordFallback } from '@/components/RecordStatus';
import { useAuth } from '@/lib/auth-context';
import { Markdown } from '@/components/Markdown';
import { useTopicName } from '@/lib/use-topic-name';
import { useDownloadAttachment } from '../api/download-attachment';
import { useLearningModule, type LearningModuleDetail } from '../api/get-learning-module';
import { DoneToggle } from '../components/DoneToggle';
import { LicenceBadge } from '../components/LicenceBadge';
import { ModuleFacts } from '../components/ModuleFacts';
import { fileSize } from '../components/file-size';
import { ModuleStatusBadge } from '../components/ModuleStatusBadge';
import { ProvenanceLink } from '../components/Provenance';
import { BackLink } from '@/components/BackLink';
import '@/components/ui.css';
import '../learning.css';

export function ModulePage() {
  const { t } = useTranslation('learning');
  const { slug = '' } = useParams();
  const module = useLearningModule(slug);
  if (module.isSuccess) return <ModuleDetail module={module.data} />;
  return (
    <RecordFallback
      title={t('list.title')}
      back={{ to: '/learning', label: t('module.back') }}
      query={module}
      loading={t('module.loading')}
      notFound={t('module.notFound')}
    />
  );
}

function ModuleDetail({ module }: { module: LearningModuleDetail }) {
  const { t } = useTranslation('learning');
  const auth = useAuth();
  const topicName = useTopicName();
  return (
    <div className="content learning-module">
      <BackLink to="/learning">{t('module.back')}</BackLink>
      <PageHeading title={module.title}>{module.title}</PageHeading>
      {(module.status !== 'PUBLISHED' || module.editable || module.allowedTransitions.length > 0) && (
        <p className="learning-module__manage">
          {module.status !== 'PUBLISHED' && (
            <>
              <span>{t('module.status')}</span> <ModuleStatusBadge status={module.status} />{' '}
            </>
          )}
          {(module.editable || module.allowedTransitions.length > 0) && (
            <Link to={`/learning/authoring/${module.id}`}>{module.editable ? t('module.edit') : t('module.workflow')}</Link>
          )}
        </p>
      )}
      <ModuleFacts format={module.format} level={module.level} minutes={module.estimatedMinutes} />
      <p className="lead">{module.summary}</p>
      {auth.authenticated && module.status === 'PUBLISHED' && (
        <DoneToggle moduleId={module.id} done={module.completedAt != null} />
      )}
      <dl className="details learning-module__facts">
        <div>
          <dt>{t('module.licence')}</dt>
          <dd>
            <LicenceBadge licence={module.licence} />
          </dd>
        </div>
        {module.authors.length > 0 && (
          <div>
            <dt>{t('module.authors')}</dt>
            <dd>{module.authors.map((author) => author.name).join(', ')}</dd>
          </div>
        )}
        {module.topics.length > 0 && (
          <div>
            <dt>{t('module.topics')}</dt>
            <dd>{module.topics.map(topicName).join(', ')}</dd>
          </div>
        )}
        {module.provenance && (
          <div>
            <dt>{t('module.source')}</dt>
            <dd>
              <ProvenanceLink provenance={module.provenance} />
            </dd>
          </div>
        )}
      </dl>
      {/* Bodies start their sections at "##", which stay h2 below the page's h1. */}
      <Markdown headingLevel={0}>{module.bodyMarkdown}</Markdown>
      {module.attachments.length > 0 && <Attachments module={module} />}
    </div>
  );
}

function Attachments({ module }: { module: LearningModuleDetail }) {
  const { t, i18n } = useTranslation('learning');
  const download = useDownloadAttachment();
  return (
    <section aria-labelledby="attachments-heading" className="learning-attachments">
      <h2 id="attachments-heading">{t('attachments.heading')}</h2>
      <ul>
        {module.attachments.map((attachment) => (
          <li key={attachment.id}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                if (!download.isPending)
                  download.mutate({ moduleId: module.id, attachmentId: attachment.id, fileName: attachment.fileName });
              }}
            >
              {t('attachments.download', { name: attachment.fileName })}
            </button>{' '}
            <span className="muted">({fileSize(attachment.sizeBytes, i18n.language)})</span>
          </li>
        ))}
      </ul>
      <p role="status">{download.isPending ? t('attachments.busy') : ''}</p>
      {download.isError && <ErrorMessage error={download.error} />}
    </section>
  );
}
