import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { useAuth } from '@/lib/auth-context';
import { useMe } from '@/api/get-me';
import { AccountDetails } from '../components/AccountDetails';

export function AccountPage() {
  const { t } = useTranslation(['account', 'common']);
  const auth = useAuth();
  const me = useMe({ enabled: auth.authenticated });

  return (
    <div className="content content--narrow">
      <PageHeading title={t('account:title')}>{t('account:title')}</PageHeading>
      {!auth.authenticated ? (
        <div className="panel">
          <p>{t('account:loginRequired')}</p>
          <button type="button" className="button" onClick={auth.login}>
            {t('common:auth.login')}
          </button>
        </div>
      ) : me.isPending ? (
        <Loading label={t('account:loading')} />
      ) : me.isError ? (
        <ErrorMessage error={me.error} />
      ) : (
        <>
          <AccountDetails me={me.data} />
          <p>
            <Link to="/settings/notifications">{t('account:notifications')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
