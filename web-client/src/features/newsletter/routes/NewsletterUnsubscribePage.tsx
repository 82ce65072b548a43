import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { PageHeading } from '@/components/PageHeading';
import { useUnsubscribeNewsletter } from '../api/newsletter';

/** Opened from any newsletter mail; a button (not the mere visit, which mail scanners make) unsubscribes. */
export function NewsletterUnsubscribePage() {
  const { t } = useTranslation('newsletter');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribeNewsletter();

  const title = unsubscribe.isSuccess ? t('unsubscribe.done') : t('unsubscribe.title');
  return (
    <div className="content content--narrow">
      <PageHeading title={title}>{title}</PageHeading>
      {unsubscribe.isSuccess ? (
        <p className="message message--success" role="status">
          {t('unsubscribe.bye')}
        </p>
      ) : (
        <>
          <p>{t('unsubscribe.question')}</p>
          {unsubscribe.isError && <ErrorMessage error={unsubscribe.error} />}
          <button
            type="button"
            className="button"
            disabled={!token || unsubscribe.isPending}
            onClick={() => unsubscribe.mutate(token)}
          >
            {t('unsubscribe.submit')}
          </button>
        </>
      )}
    </div>
  );
}
