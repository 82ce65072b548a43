import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RecordStatus } from '@/components/RecordStatus';
import { useCancelRegistration, useRegistration } from '../api/public-events';
import '@/components/ui.css';

/** A registration reached by its cancel link: its status, and the way to cancel it. */
export function RegistrationPage() {
  const { t } = useTranslation('events');
  const { token = '' } = useParams();
  const registration = useRegistration(token);
  const cancel = useCancelRegistration(token);
  return (
    <div className="content">
      <PageHeading title={t('registration.title')}>{t('registration.title')}</PageHeading>
      {registration.isSuccess ? (
        <>
          <p>
            <Link to={`/events/${registration.data.eventId}`}>{registration.data.eventTitle}</Link>
          </p>
          <p role="status">
            {t(`registration.status.${registration.data.status}`, { position: registration.data.waitlistPosition })}
          </p>
          {cancel.isError && <ProblemAlert error={cancel.error} messages={{}} />}
          {registration.data.status !== 'CANCELLED' && (
            <button type="button" className="button" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
              {t('registration.cancel')}
            </button>
          )}
        </>
      ) : (
        <RecordStatus query={registration} loading={t('detail.loading')} notFound={t('registration.notFound')} />
      )}
    </div>
  );
}
