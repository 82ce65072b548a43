import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { useConfirmNewsletter } from '../api/newsletter';

/** Opened from the confirmation mail: confirms the subscription once, or says why the link is refused. */
export function NewsletterConfirmPage() {
  const { t } = useTranslation('newsletter');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmNewsletter();
  const sent = useRef(false);
  const { mutate } = confirm;

  useEffect(() => {
    if (!sent.current && token) {
      sent.current = true;
      mutate(token);
    }
  }, [mutate, token]);

  const title = confirm.isSuccess ? t('confirm.done') : confirm.isError || !token ? t('confirm.failed') : t('confirm.title');
  return (
    <div className="content content--narrow">
      <PageHeading title={title}>{title}</PageHeading>
      {!token ? (
        <p>{t('confirm.noToken')}</p>
      ) : confirm.isSuccess ? (
        <p className="message message--success" role="status">
          {t('confirm.thanks')}
        </p>
      ) : confirm.isError ? (
        <>
          <ErrorMessage error={confirm.error} />
          <p>{t('confirm.again')}</p>
        </>
      ) : (
        <Loading label={t('confirm.title')} />
      )}
    </div>
  );
}
