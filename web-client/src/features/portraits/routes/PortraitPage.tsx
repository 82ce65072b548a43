import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '@/components/BackLink';
import { Markdown } from '@/components/Markdown';
import { PageHeading } from '@/components/PageHeading';
import { RecordFallback } from '@/components/RecordStatus';
import { useStateName } from '@/lib/use-state-name';
import { usePortrait, type PortraitDetail } from '../api/get-portrait';
import { VideoEmbed } from '../components/VideoEmbed';
import '@/components/ui.css';

export function PortraitPage() {
  const { t } = useTranslation('portraits');
  const { id = '' } = useParams();
  const portrait = usePortrait(id);
  if (portrait.isSuccess) return <Portrait portrait={portrait.data} />;
  return (
    <RecordFallback
      title={t('list.title')}
      back={{ to: '/portraits', label: t('detail.back') }}
      query={portrait}
      loading={t('detail.loading')}
      notFound={t('detail.notFound')}
    />
  );
}

function Portrait({ portrait }: { portrait: PortraitDetail }) {
  const { t } = useTranslation('portraits');
  const { t: tCommon } = useTranslation();
  const stateName = useStateName();
  return (
    <article className="content">
      <BackLink to="/portraits">{t('detail.back')}</BackLink>
      <PageHeading title={portrait.title}>{portrait.title}</PageHeading>
      <p className="lead">{portrait.teaser}</p>
      <dl className="details">
        <div>
          <dt>{t('detail.place')}</dt>
          <dd>
            {portrait.town}, {stateName(portrait.state)}
          </dd>
        </div>
        {portrait.submarkets.length > 0 && (
          <div>
            <dt>{t('detail.submarkets')}</dt>
            <dd>{portrait.submarkets.map((s) => tCommon(`submarkets.${s}`)).join(', ')}</dd>
          </div>
        )}
        {portrait.organisationId && (
          <div>
            <dt>{t('detail.organisation')}</dt>
            <dd>
              <Link to={`/partners/${portrait.organisationId}`}>{portrait.organisationName}</Link>
            </dd>
          </div>
        )}
        {portrait.tags.length > 0 && (
          <div>
            <dt>{t('detail.tags')}</dt>
            <dd>
              {portrait.tags.map((tag, i) => (
                <span key={tag}>
                  {i > 0 && ' '}
                  <Link to={`/portraits?tag=${encodeURIComponent(tag)}`}>{tag}</Link>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {portrait.photos.map((photo) => (
        <figure key={photo.url} className="portrait-photo">
          <img src={photo.url} alt={photo.alt} loading="lazy" width="800" />
          <figcaption>{t('detail.credit', { credit: photo.credit })}</figcaption>
        </figure>
      ))}
      {portrait.videoUrl && (
        <section aria-labelledby="portrait-video">
          <h2 id="portrait-video">{t('detail.video')}</h2>
          <VideoEmbed url={portrait.videoUrl} title={portrait.title} />
          {portrait.transcript && (
            <details>
              <summary>{t('detail.transcript')}</summary>
              <p>{portrait.transcript}</p>
            </details>
          )}
        </section>
      )}
      {portrait.interviewMarkdown && (
        <section aria-labelledby="portrait-interview">
          <h2 id="portrait-interview">{t('detail.interview')}</h2>
          <Markdown headingLevel={2}>{portrait.interviewMarkdown}</Markdown>
        </section>
      )}
    </article>
  );
}
