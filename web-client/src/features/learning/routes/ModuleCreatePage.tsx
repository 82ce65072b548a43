import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { useMyCoachProfile } from '@/api/get-my-coach-profile';
import { useMe } from '@/api/get-me';
import { ModuleForm } from '../components/ModuleForm';
import { emptyValues, type ModuleAuthor } from '../components/module-form-model';
import { AUTHOR_ROLES } from '../components/roles';
import { BackLink } from '@/components/BackLink';
import '@/components/ui.css';
import '../learning.css';

/** A new module (DRAFT); afterwards its editor opens, where attachments and the review follow. */
export function ModuleCreatePage() {
  const { t } = useTranslation('learning');
  return (
    <div className="content content--narrow">
      <BackLink to="/learning/authoring">{t('editor.back')}</BackLink>
      <PageHeading title={t('editor.createTitle')}>{t('editor.createTitle')}</PageHeading>
      <RequireRole roles={AUTHOR_ROLES}>
        <p className="lead">{t('editor.createIntro')}</p>
        <NewModule />
      </RequireRole>
    </div>
  );
}

/** Starts with the caller as author when known: its coach profile, else its organisation. */
function NewModule() {
  const { t } = useTranslation('learning');
  const navigate = useNavigate();
  const auth = useAuth();
  const isCoach = auth.hasRole('coach');
  const isPartner = auth.hasRole('partner');
  const coach = useMyCoachProfile({ enabled: isCoach });
  const me = useMe({ enabled: isPartner });
  if ((isCoach && coach.isPending) || (isPartner && me.isPending)) return <Loading label={t('editor.loading')} />;
  const authors: ModuleAuthor[] = [];
  if (coach.data) authors.push({ kind: 'COACH', id: coach.data.id, name: coach.data.name });
  else if (me.data?.organisation)
    authors.push({ kind: 'ORGANISATION', id: me.data.organisation.id, name: me.data.organisation.name });
  return (
    <ModuleForm
      mode="create"
      initialValues={emptyValues(authors)}
      onSaved={(created) => void navigate(`/learning/authoring/${created.module.id}`, { state: { created: true } })}
    />
  );
}
