import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { RecordFallback } from '@/components/RecordStatus';
import { useAuth } from '@/lib/auth-context';
import { isInternalReader, useConcept, type Concept } from '../api/get-concept';
import { ConceptHistory } from '../components/ConceptHistory';
import { ConceptSectionsView } from '../components/ConceptSectionsView';
import { ExportButtons } from '../components/ExportButtons';
import { formatDate } from '@/lib/format';
import { CommentsStatus, CommentVersionSelect, useCommentsBySection } from '../components/ReviewComments';
import { EDITABLE_STATUSES } from '@/lib/concept-sections';
import { SectionComments } from '../components/SectionComments';
import { StatusBadge } from '../components/StatusBadge';
import { WorkflowButtons } from '../components/WorkflowButtons';
import { BackLink } from '@/components/BackLink';
import '@/components/ui.css';
import '../concepts.css';

/** Roles that may change a working copy; the API checks the organisation and the status. */
export const EDITOR_ROLES = ['partner', 'coordinator', 'admin'] as const;

export function ConceptPage() {
  const { t } = useTranslation('concepts');
  const { id = '' } = useParams();
  const concept = useConcept(id);

  if (!concept.isSuccess) {
    return (
      <RecordFallback
        title={t('list.title')}
        back={concept.isError ? { to: '/concepts', label: t('detail.back') } : undefined}
        query={concept}
        loading={t('detail.loading')}
        notFound={t('detail.notFound')}
      />
    );
  }
  return <ConceptDetail concept={concept.data.concept} etag={concept.data.etag} />;
}

function ConceptDetail({ concept, etag }: { concept: Concept; etag: string }) {
  const { t, i18n } = useTranslation('concepts');
  const auth = useAuth();
  const internal = auth.authenticated && isInternalReader(concept);
  const canEdit = internal && EDITABLE_STATUSES.includes(concept.status) && EDITOR_ROLES.some((role) => auth.hasRole(role));
  // a published concept whose owners started a new version: the published one stays public meanwhile
  const revising = concept.publishedVersionNumber != null && concept.status !== 'PUBLISHED' && concept.status !== 'ARCHIVED';
  const exportVersion =
    concept.shownVersionNumber ?? (concept.currentVersionNumber > 0 ? concept.currentVersionNumber : undefined);

  return (
    <div className="content concept">
      <BackLink to="/concepts">{t('detail.back')}</BackLink>
      <PageHeading title={concept.title}>{concept.title}</PageHeading>
      <dl className="details concept-facts">
        <div>
          <dt>{t('detail.organisation')}</dt>
          <dd>{concept.organisationName}</dd>
        </div>
        <div>
          <dt>{t('detail.status')}</dt>
          <dd>
            <StatusBadge status={concept.status} />
          </dd>
        </div>
        <div>
          <dt>{t('detail.shownVersion')}</dt>
          <dd>
            {concept.shownVersionNumber != null
              ? t('detail.publishedVersion', { number: concept.shownVersionNumber })
              : t('detail.workingCopy')}
          </dd>
        </div>
        {internal && (
          <div>
            <dt>{t('detail.currentVersion')}</dt>
            <dd>
              {concept.currentVersionNumber > 0
                ? t('detail.versionNumber', { number: concept.currentVersionNumber })
                : t('detail.none')}
            </dd>
          </div>
        )}
        {concept.publishedAt && (
          <div>
            <dt>{t('detail.publishedAt')}</dt>
            <dd>{formatDate(concept.publishedAt, i18n.language)}</dd>
          </div>
        )}
      </dl>
      {internal && revising && (
        <p className="concept-revising" role="note">
          {t('detail.revising', { number: concept.publishedVersionNumber })}
        </p>
      )}
      {(canEdit || (internal && concept.currentVersionNumber > 1)) && (
        <p className="concept-links">
          {canEdit && (
            <Link className="button" to={`/concepts/${concept.id}/edit`}>
              {t('detail.edit')}
            </Link>
          )}
          {internal && concept.currentVersionNumber > 1 && (
            <Link
              className="button button--secondary"
              to={`/concepts/${concept.id}/diff?from=${concept.currentVersionNumber - 1}&to=${concept.currentVersionNumber}`}
            >
              {t('detail.diff')}
            </Link>
          )}
        </p>
      )}
      {internal && <WorkflowButtons concept={concept} etag={etag} />}
      {exportVersion != null && <ExportButtons conceptId={concept.id} versionNumber={exportVersion} />}
      {internal && concept.currentVersionNumber > 0 ? (
        <ReviewedSections concept={concept} />
      ) : (
        <>
          {internal && <p className="muted">{t('comments.noVersion')}</p>}
          <ConceptSectionsView sections={concept.sections} />
        </>
      )}
      {internal && <ConceptHistory conceptId={concept.id} />}
    </div>
  );
}

/** The sections with each section's review threads on the chosen version beneath it. */
function ReviewedSections({ concept }: { concept: Concept }) {
  const [versionNumber, setVersionNumber] = useState(concept.currentVersionNumber);
  const { comments, bySection } = useCommentsBySection(concept.id, versionNumber);
  return (
    <>
      <CommentVersionSelect latest={concept.currentVersionNumber} value={versionNumber} onChange={setVersionNumber} />
      <CommentsStatus comments={comments} />
      <ConceptSectionsView
        sections={concept.sections}
        below={(key) =>
          comments.isSuccess && (
            <SectionComments
              key={`${key}-${versionNumber}`}
              conceptId={concept.id}
              section={key}
              versionNumber={versionNumber}
              comments={bySection(key)}
            />
          )
        }
      />
    </>
  );
}
