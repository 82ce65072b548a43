import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '@/components/BackLink';
import { DataTable } from '@/components/DataTable';
import { EditorLoadState } from '@/components/form/EditorLoadState';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import { formatDateTime, formatDay } from '@/lib/format';
import {
  useOutreachEvent,
  usePublication,
  useRegistrations,
  type OutreachEvent,
  type PublicationVersioned,
  type RegistrationDetail,
} from '../api/event-publications';
import { toFormValues } from '../components/publication-form-model';
import { PublicationForm } from '../components/PublicationForm';
import { EVENT_STAFF_ROLES } from '../components/staff';
import '@/components/ui.css';

/** One event's public side for staff: the publication form, and the registrations with the waiting list. */
export function EventPublicationPage() {
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  return (
    <div className="content content--narrow">
      <BackLink to="/events/manage">{t('staff.back')}</BackLink>
      <PageHeading title={t('staff.title')}>{t('staff.title')}</PageHeading>
      <RequireRole roles={EVENT_STAFF_ROLES}>
        <PublicationLoader eventId={id} />
      </RequireRole>
    </div>
  );
}

function PublicationLoader({ eventId }: { eventId: string }) {
  const { t } = useTranslation('events');
  const event = useOutreachEvent(eventId);
  const publication = usePublication(eventId);
  if (!event.isSuccess) return <EditorLoadState query={event} loading={t('detail.loading')} notFound={t('staff.notFound')} />;
  if (!publication.isSuccess)
    return <EditorLoadState query={publication} loading={t('detail.loading')} notFound={t('staff.notFound')} />;
  return <Publication key={eventId} event={event.data} initial={publication.data} />;
}

function Publication({ event, initial }: { event: OutreachEvent; initial: PublicationVersioned }) {
  const { t, i18n } = useTranslation('events');
  const [current, setCurrent] = useState(initial);
  const { publication } = current;
  return (
    <>
      <p className="lead">
        „{event.title}“ · {t(`type.${event.type}`)} · {formatDay(event.heldOn, i18n.language)} · {event.town}
        {publication.isPublic && (
          <>
            {' '}
            <Link to={`/events/${event.id}`}>{t('staff.view')}</Link>
          </>
        )}
      </p>
      <PublicationForm
        eventId={event.id}
        isTrip={event.type === 'TRIP'}
        etag={current.etag}
        initialValues={toFormValues(initial.publication)}
        onSaved={setCurrent}
      />
      <Registrations eventId={event.id} publication={current} />
    </>
  );
}

/** Names and status of the people registered (only staff see them), confirmed first, then the waiting list in order. */
function Registrations({ eventId, publication }: { eventId: string; publication: PublicationVersioned }) {
  const { t, i18n } = useTranslation('events');
  const [page, setPage] = useState(0);
  const { confirmed, waitlisted, capacity, isPublic, version } = publication.publication;
  // Registrations exist only for an event that was published once (the API answers 404 before).
  const known = version > 0 || isPublic || capacity != null || confirmed + waitlisted > 0;
  const query = useRegistrations(eventId, page, { enabled: known });
  return (
    <section aria-labelledby="registrations-heading">
      <h2 id="registrations-heading">{t('staff.registrations.title')}</h2>
      <p>
        {capacity != null
          ? t('staff.registrations.summary', { confirmed, capacity, waitlisted })
          : t('staff.registrations.noCapacity')}
      </p>
      {known && (
        <PagedResults
          query={query}
          loading={t('staff.registrations.loading')}
          empty={t('staff.registrations.empty')}
          count={(n) => t('staff.registrations.count', { count: n })}
          page={page}
          onPageChange={setPage}
        >
          {(items: RegistrationDetail[]) => {
            const firstWaiting = items.findIndex((r) => r.status === 'WAITLISTED');
            return (
              <DataTable
                captionId="registrations-caption"
                caption={t('staff.registrations.caption')}
                columns={[
                  { label: t('staff.registrations.columns.name') },
                  { label: t('staff.registrations.columns.status') },
                  { label: t('staff.registrations.columns.registeredAt') },
                ]}
              >
                {items.map((registration, index) => (
                  <tr key={registration.id}>
                    <td>{registration.name}</td>
                    <td>
                      {registration.status === 'WAITLISTED'
                        ? t('staff.registrations.waiting', { position: page * 50 + index - firstWaiting + 1 })
                        : t(`staff.registrations.status.${registration.status}`)}
                      {registration.movedUpAt && <> · {t('staff.registrations.movedUp')}</>}
                    </td>
                    <td>{formatDateTime(registration.registeredAt, i18n.language)}</td>
                  </tr>
                ))}
              </DataTable>
            );
          }}
        </PagedResults>
      )}
    </section>
  );
}
