import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { EditorLoadState } from '@/components/form/EditorLoadState';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { useEditableModule, type ModuleVersioned } from '../api/get-editable-module';
import { AttachmentsEditor } from '../components/AttachmentsEditor';
import { ModuleForm } from '../components/ModuleForm';
import { toFormValues } from '../components/module-form-model';
import { ModuleWorkflow } from '../components/ModuleWorkflow';
import { AUTHOR_ROLES } from '../components/roles';
import { BackLink } from '@/components/BackLink';
import '@/components/ui.css';
import '../learning.css';

/** A module's workplace: status and workflow steps, the form while the caller may edit it, attachments. */
export function ModuleEditPage() {
  const { t } = useTranslation('learning');
  const { id = '' } = useParams();
  return (
    <div className="content content--narrow">
      <BackLink to="/learning/authoring">{t('editor.back')}</BackLink>
      <PageHeading title={t('editor.title')}>{t('editor.title')}</PageHeading>
      <RequireRole roles={AUTHOR_ROLES}>
        <ModuleEditor moduleId={id} />
      </RequireRole>
    </div>
  );
}

function ModuleEditor({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation('learning');
  const module = useEditableModule(moduleId);
  if (!module.isSuccess) return <EditorLoadState query={module} loading={t('editor.loading')} notFound={t('module.notFound')} />;
  // Keyed: another module starts afresh; refetches of this one never overwrite the input.
  return <Editor key={moduleId} initial={module.data} />;
}

function Editor({ initial }: { initial: ModuleVersioned }) {
  const { t } = useTranslation('learning');
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [current, setCurrent] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const { module } = current;
  return (
    <>
      {created && (
        <p className="learning-notice" role="status">
          {t('editor.created')}
        </p>
      )}
      <p className="lead module-editor__title">
        „{module.title}“ <Link to={`/learning/modules/${module.slug}`}>{t('editor.view')}</Link>
      </p>
      <ModuleWorkflow current={current} dirty={dirty} onDone={setCurrent} />
      {module.editable ? (
        <ModuleForm
          mode="edit"
          moduleId={module.id}
          etag={current.etag}
          initialValues={toFormValues(initial.module)}
          onSaved={setCurrent}
          onDirtyChange={setDirty}
        />
      ) : (
        <div className="panel">
          <p>{t('editor.notEditable', { status: t(`status.${module.status}`) })}</p>
        </div>
      )}
      <AttachmentsEditor moduleId={module.id} editable={module.editable} />
    </>
  );
}
