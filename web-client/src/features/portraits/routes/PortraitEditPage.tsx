import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '@/components/BackLink';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EditorLoadState } from '@/components/form/EditorLoadState';
import { PageHeading } from '@/components/PageHeading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { useEditablePortrait, useTransitionPortrait, type PortraitVersioned } from '../api/save-portrait';
import { toFormValues } from '../components/portrait-form-model';
import { PortraitForm } from '../components/PortraitForm';
import { PORTRAIT_EDITOR_ROLES, PORTRAIT_PUBLISHER_ROLES } from '../components/roles';
import '@/components/ui.css';

/** A portrait's workplace: its status, publishing or taking it back (confirmed first), and the form. */
export function PortraitEditPage() {
  const { t } = useTranslation('portraits');
  const { id = '' } = useParams();
  return (
    <div className="content content--narrow">
      <BackLink to="/portraits/manage">{t('editor.back')}</BackLink>
      <PageHeading title={t('editor.title')}>{t('editor.title')}</PageHeading>
      <RequireRole roles={PORTRAIT_EDITOR_ROLES}>
        <PortraitLoader portraitId={id} />
      </RequireRole>
    </div>
  );
}

function PortraitLoader({ portraitId }: { portraitId: string }) {
  const { t } = useTranslation('portraits');
  const portrait = useEditablePortrait(portraitId);
  if (!portrait.isSuccess)
    return <EditorLoadState query={portrait} loading={t('detail.loading')} notFound={t('detail.notFound')} />;
  // Keyed: another portrait starts afresh; refetches of this one never overwrite the input.
  return <Editor key={portraitId} initial={portrait.data} />;
}

function Editor({ initial }: { initial: PortraitVersioned }) {
  const { t } = useTranslation('portraits');
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [current, setCurrent] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const { portrait } = current;
  return (
    <>
      {created && (
        <p className="message" role="status">
          {t('editor.created')}
        </p>
      )}
      <p className="lead">
        „{portrait.title}“ · {t(`status.${portrait.status}`)}
        {portrait.status === 'PUBLISHED' && (
          <>
            {' '}
            <Link to={`/portraits/${portrait.id}`}>{t('editor.view')}</Link>
          </>
        )}
      </p>
      <Publishing current={current} dirty={dirty} onDone={setCurrent} />
      <PortraitForm
        mode="edit"
        portraitId={portrait.id}
        etag={current.etag}
        initialValues={toFormValues(initial.portrait)}
        onSaved={setCurrent}
        onDirtyChange={setDirty}
      />
    </>
  );
}

/** Publish or take back, for coordinators and admins; unsaved input has to be saved first. */
function Publishing({
  current,
  dirty,
  onDone,
}: {
  current: PortraitVersioned;
  dirty: boolean;
  onDone: (saved: PortraitVersioned) => void;
}) {
  const { t } = useTranslation('portraits');
  const auth = useAuth();
  const transition = useTransitionPortrait();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');
  if (!PORTRAIT_PUBLISHER_ROLES.some((role) => auth.hasRole(role))) return null;
  const { portrait } = current;
  const to = portrait.status === 'DRAFT' ? 'PUBLISHED' : 'DRAFT';
  const action = t(`editor.step.${to}`);
  return (
    <section className="panel" aria-labelledby="portrait-publishing-heading">
      <h2 id="portrait-publishing-heading">{t('editor.publishing')}</h2>
      <p>{t(`editor.statusText.${portrait.status}`)}</p>
      {dirty && <p className="field__hint">{t('editor.saveFirst')}</p>}
      <button
        type="button"
        className="button"
        disabled={dirty}
        onClick={() => {
          transition.reset();
          setConfirming(true);
        }}
      >
        {action}
      </button>
      <p role="status">{done}</p>
      {confirming && (
        <ConfirmDialog
          action={action}
          subject={t('editor.subject', { title: portrait.title })}
          consequence={t(`editor.consequence.${to}`)}
          pending={transition.isPending}
          onConfirm={() =>
            transition.mutate(
              { id: portrait.id, etag: current.etag, to },
              {
                onSuccess: (saved) => {
                  onDone(saved);
                  setConfirming(false);
                  setDone(t(`editor.done.${to}`));
                },
              },
            )
          }
          onCancel={() => setConfirming(false)}
        >
          {transition.isError && (
            <ProblemAlert
              error={transition.error}
              messages={{ 403: t('form.forbidden'), 409: t('editor.conflict'), 412: t('editor.stale') }}
            />
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
