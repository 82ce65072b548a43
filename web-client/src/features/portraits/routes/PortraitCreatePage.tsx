import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '@/components/BackLink';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { emptyPortrait } from '../components/portrait-form-model';
import { PortraitForm } from '../components/PortraitForm';
import { PORTRAIT_EDITOR_ROLES } from '../components/roles';
import '@/components/ui.css';

/** A new portrait, saved as a draft; afterwards its editor opens, where it is published. */
export function PortraitCreatePage() {
  const { t } = useTranslation('portraits');
  const navigate = useNavigate();
  return (
    <div className="content content--narrow">
      <BackLink to="/portraits/manage">{t('editor.back')}</BackLink>
      <PageHeading title={t('editor.createTitle')}>{t('editor.createTitle')}</PageHeading>
      <RequireRole roles={PORTRAIT_EDITOR_ROLES}>
        <p className="lead">{t('editor.createIntro')}</p>
        <PortraitForm
          mode="create"
          initialValues={emptyPortrait}
          onSaved={(saved) => void navigate(`/portraits/manage/${saved.portrait.id}`, { state: { created: true } })}
        />
      </RequireRole>
    </div>
  );
}
