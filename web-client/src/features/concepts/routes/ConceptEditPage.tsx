import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EditorLoadState } from '@/components/form/EditorLoadState';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { useConcept } from '../api/get-concept';
import { ConceptForm } from '../components/ConceptForm';
import { EDITABLE_STATUSES } from '@/lib/concept-sections';
import { WorkflowButtons } from '../components/WorkflowButtons';
import { EDITOR_ROLES } from './ConceptPage';
import { BackLink } from '@/components/BackLink';
import '@/components/ui.css';
import '../concepts.css';

/** The editor of a concept's working copy: owner partners and staff, while DRAFT or CHANGES_REQUESTED. */
export function ConceptEditPage() {
  const { t } = useTranslation('concepts');
  const { id = '' } = useParams();
  return (
    <div className="content content--narrow">
      <BackLink to={`/concepts/${id}`}>{t('editor.back')}</BackLink>
      <PageHeading title={t('editor.title')}>{t('editor.title')}</PageHeading>
      <RequireRole roles={EDITOR_ROLES}>
        <ConceptEditor conceptId={id} />
      </RequireRole>
    </div>
  );
}

function ConceptEditor({ conceptId }: { conceptId: string }) {
  const { t } = useTranslation('concepts');
  const navigate = useNavigate();
  const concept = useConcept(conceptId);

  if (!concept.isSuccess)
    return <EditorLoadState query={concept} loading={t('editor.loading')} notFound={t('detail.notFound')} />;

  const { concept: current, etag } = concept.data;
  if (!EDITABLE_STATUSES.includes(current.status)) {
    return (
      <div className="panel">
        <p>{t('editor.notEditable', { status: t(`status.${current.status}`) })}</p>
      </div>
    );
  }
  return (
    <>
      {/* Keyed: another concept starts a fresh form; refetches of this one never overwrite the input. */}
      <ConceptForm key={conceptId} initial={concept.data} />
      <p className="field__hint">{t('editor.afterSave')}</p>
      <WorkflowButtons concept={current} etag={etag} onDone={() => void navigate(`/concepts/${conceptId}`)} />
    </>
  );
}
