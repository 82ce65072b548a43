import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '@/components/BackLink';
import { Markdown } from '@/components/Markdown';
import { PageHeading } from '@/components/PageHeading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RecordFallback } from '@/components/RecordStatus';
import { apiBase, usePublicEvent, useRegister, type PublicEvent } from '../api/public-events';
import { formatDay } from '@/lib/format';
import { countryName, EventFacts } from './EventsPage';
import '@/components/ui.css';

export function EventPage() {
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  const event = usePublicEvent(id);
  if (event.isSuccess) return <EventDetail event={event.data} />;
  return (
    <RecordFallback
      title={t('list.title')}
      back={{ to: '/events', label: t('detail.back') }}
      query={event}
      loading={t('detail.loading')}
      notFound={t('detail.notFound')}
    />
  );
}

function EventDetail({ event }: { event: PublicEvent }) {
  const { t } = useTranslation('events');
  return (
    <article className="content">
      <BackLink to="/events">{t('detail.back')}</BackLink>
      <PageHeading title={event.title}>{event.title}</PageHeading>
      <EventFacts event={event} />
      {event.venue && <p>{t('detail.venue', { venue: event.venue })}</p>}
      {event.type === 'TRIP' && <TripFacts event={event} />}
      {event.description && <Markdown headingLevel={2}>{event.description}</Markdown>}
      <p>
        <a href={`${apiBase()}/api/v1/public-events/${event.id}/calendar.ics`}>{t('detail.addToCalendar')}</a>
      </p>
      {event.capacity != null && (
        <p>
          {t('detail.places', { left: event.placesLeft ?? 0, capacity: event.capacity })}
          {event.waitlisted > 0 && <> · {t('detail.waitlisted', { count: event.waitlisted })}</>}
        </p>
      )}
      {event.registrationOpen && <RegistrationForm event={event} />}
    </article>
  );
}

/** A network trip: where to, which country, which days, which partner event. */
function TripFacts({ event }: { event: PublicEvent }) {
  const { t, i18n } = useTranslation('events');
  return (
    <dl className="facts">
      <dt>{t('trip.destination')}</dt>
      <dd>{event.destination ?? event.town}</dd>
      {event.country && (
        <>
          <dt>{t('trip.country')}</dt>
          <dd>{countryName(event.country, i18n.language)}</dd>
        </>
      )}
      <dt>{t('trip.dates')}</dt>
      <dd>
        {formatDay(event.startsOn, i18n.language)}
        {event.endsOn !== event.startsOn && <> – {formatDay(event.endsOn, i18n.language)}</>}
      </dd>
      {event.partnerEvent && (
        <>
          <dt>{t('trip.partnerEvent')}</dt>
          <dd>{event.partnerEvent}</dd>
        </>
      )}
    </dl>
  );
}

function RegistrationForm({ event }: { event: PublicEvent }) {
  const { t, i18n } = useTranslation('events');
  const register = useRegister(event.id);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The mails about this registration (and moving up later) speak the language the form was filled in.
    const language = i18n.language.startsWith('en') ? 'en' : 'de';
    register.mutate({ name: name.trim(), email: email.trim(), consent, consentText: t('register.consent'), language });
  };
  if (register.isSuccess) {
    const r = register.data;
    return (
      <section aria-labelledby="register-heading" role="status">
        <h2 id="register-heading">{t('register.title')}</h2>
        <p>{r.status === 'CONFIRMED' ? t('register.confirmed') : t('register.waitlisted', { position: r.waitlistPosition })}</p>
        <p>
          {t('register.keepLink')} <Link to={`/events/registrations/${r.cancelToken}`}>{t('register.manage')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">{t('register.title')}</h2>
      {event.placesLeft === 0 && <p>{t('register.full')}</p>}
      {register.isError && <ProblemAlert error={register.error} messages={{}} />}
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="register-name">{t('register.name')}</label>
          <input id="register-name" required autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="register-email">{t('register.email')}</label>
          <input
            id="register-email"
            type="email"
            required
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="checkbox">
          <input
            id="register-consent"
            type="checkbox"
            required
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
          />
          <label htmlFor="register-consent">{t('register.consent')}</label>
        </div>
        <button type="submit" className="button" disabled={register.isPending}>
          {t('register.submit')}
        </button>
      </form>
    </section>
  );
}
