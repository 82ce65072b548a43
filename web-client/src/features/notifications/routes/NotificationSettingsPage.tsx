import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { useAuth } from '@/lib/auth-context';
import { useMailPreferences } from '../api/mail-preferences';
import { MailPreferencesForm } from '../components/MailPreferencesForm';

/** Which e-mail notifications the signed-in person receives, and in which language. */
export function NotificationSettingsPage() {
  const { t } = useTranslation(['notifications', 'common']);
  const auth = useAuth();
  const preferences = useMailPreferences({ enabled: auth.authenticated });

  return (
    <div className="content content--narrow">
      <PageHeading title={t('notifications:title')}>{t('notifications:title')}</PageHeading>
      <p>{t('notifications:intro')}</p>
      {!auth.authenticated ? (
        <div className="panel">
          <p>{t('notifications:loginRequired')}</p>
          <button type="button" className="button" onClick={auth.login}>
            {t('common:auth.login')}
          </button>
        </div>
      ) : preferences.isPending ? (
        <Loading label={t('notifications:loading')} />
      ) : preferences.isError ? (
        <ErrorMessage error={preferences.error} />
      ) : (
        <MailPreferencesForm key={preferences.data.etag} current={preferences.data} />
      )}
    </div>
  );
}
