import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { formatDay, todayIso } from '@/lib/format';
import { readPage } from '@/lib/page-param';
import { calendarUrl, usePublicEvents, type EventType, type PublicEvent } from '../api/public-events';
import { EVENT_TYPES } from '../components/staff';
import '@/components/ui.css';

const TYPES = EVENT_TYPES;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** The public events calendar: a list (from today by default) or a month view (?view=month&month=YYYY-MM). */
export function EventsPage() {
  const { t } = useTranslation('events');
  const [searchParams, setSearchParams] = useSearchParams();
  const view = searchParams.get('view') === 'month' ? 'month' : 'list';
  const town = searchParams.get('town') ?? '';
  const typeParam = searchParams.get('type') ?? '';
  const type = (TYPES as string[]).includes(typeParam) ? (typeParam as EventType) : undefined;
  const fromParam = searchParams.get('from') ?? '';
  const toParam = searchParams.get('to') ?? '';
  const from = DATE.test(fromParam) ? fromParam : todayIso();
  const to = DATE.test(toParam) ? toParam : undefined;
  const monthParam = searchParams.get('month') ?? '';
  const month = MONTH.test(monthParam) ? monthParam : todayIso().slice(0, 7);
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(searchParams);
    Object.entries(changes).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
    next.delete('page');
    setSearchParams(next);
  };
  const feedParams = view === 'month' ? { town: town || undefined, type } : { from, to, town: town || undefined, type };
  return (
    <div className="content">
      <PageHeading title={t('list.title')}>{t('list.title')}</PageHeading>
      <p className="lead">{t('list.intro')}</p>
      <form className="filters" aria-label={t('list.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="events-town">{t('list.town')}</label>
          <input id="events-town" defaultValue={town} onBlur={(e) => update({ town: e.target.value.trim() || undefined })} />
        </div>
        <div className="field">
          <label htmlFor="events-type">{t('list.type')}</label>
          <select id="events-type" value={type ?? ''} onChange={(e) => update({ type: e.target.value || undefined })}>
            <option value="">{t('list.allTypes')}</option>
            {TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`type.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {view === 'list' && (
          <>
            <div className="field">
              <label htmlFor="events-from">{t('list.from')}</label>
              <input id="events-from" type="date" value={from} onChange={(e) => update({ from: e.target.value || undefined })} />
            </div>
            <div className="field">
              <label htmlFor="events-to">{t('list.to')}</label>
              <input id="events-to" type="date" value={to ?? ''} onChange={(e) => update({ to: e.target.value || undefined })} />
            </div>
          </>
        )}
      </form>
      <p>
        {view === 'list' ? (
          <Link to={`/events?view=month&month=${month}`}>{t('list.showMonth')}</Link>
        ) : (
          <Link to="/events">{t('list.showList')}</Link>
        )}{' '}
        · <a href={calendarUrl(feedParams)}>{t('list.subscribe')}</a>
      </p>
      {view === 'list' ? (
        <EventList
          from={from}
          to={to}
          town={town || undefined}
          type={type}
          page={readPage(searchParams)}
          onPage={(p) => update({ page: String(p + 1) })}
        />
      ) : (
        <MonthView month={month} town={town || undefined} type={type} onMonth={(m) => update({ month: m })} />
      )}
    </div>
  );
}

function EventList(props: {
  from: string;
  to?: string;
  town?: string;
  type?: EventType;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('events');
  const query = usePublicEvents({
    page: props.page,
    size: 20,
    from: props.from,
    to: props.to,
    town: props.town,
    type: props.type,
  });
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{t('list.upcoming')}</h2>
      <PagedResults
        query={query}
        loading={t('list.loading')}
        empty={t('list.empty')}
        count={(n) => t('list.count', { count: n })}
        page={props.page}
        onPageChange={props.onPage}
      >
        {(items: PublicEvent[]) => (
          <ul className="card-list">
            {items.map((event) => (
              <li key={event.id} className="card">
                <h3>
                  <Link to={`/events/${event.id}`}>{event.title}</Link>
                </h3>
                <EventFacts event={event} />
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
    </section>
  );
}

/** A country's name in the UI language (ISO 3166-1 code in, "Tschechien" out). */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function EventFacts({ event }: { event: PublicEvent }) {
  const { t, i18n } = useTranslation('events');
  const days =
    event.endsOn !== event.startsOn
      ? `${formatDay(event.startsOn, i18n.language)} – ${formatDay(event.endsOn, i18n.language)}`
      : formatDay(event.startsOn, i18n.language);
  return (
    <p>
      {days}
      {event.startsAt && <>, {t('detail.time', { time: event.startsAt })}</>} · {t(`type.${event.type}`)} ·{' '}
      {event.destination ?? event.town}
      {event.country && <> ({countryName(event.country, i18n.language)})</>}
      {event.partnerEvent && <> · {event.partnerEvent}</>}
    </p>
  );
}

function addMonths(month: string, delta: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A month as a table of weeks (Monday first); each day lists its events. */
function MonthView({
  month,
  town,
  type,
  onMonth,
}: {
  month: string;
  town?: string;
  type?: EventType;
  onMonth: (m: string) => void;
}) {
  const { t, i18n } = useTranslation('events');
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const from = `${month}-01`;
  const to = `${month}-${String(last).padStart(2, '0')}`;
  const query = usePublicEvents({ page: 0, size: 100, from, to, town, type });
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
  const weekdays = [...Array(7).keys()].map((i) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const offset = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array(offset).fill(null), ...[...Array(last).keys()].map((d) => d + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = [...Array(cells.length / 7).keys()].map((w) => cells.slice(w * 7, w * 7 + 7));
  const on = (day: number) => {
    const iso = `${month}-${String(day).padStart(2, '0')}`;
    return (query.data?.items ?? []).filter((e) => e.startsOn <= iso && e.endsOn >= iso);
  };
  return (
    <section aria-labelledby="month-heading">
      <h2 id="month-heading">{monthName}</h2>
      <p>
        <button type="button" className="button button--secondary" onClick={() => onMonth(addMonths(month, -1))}>
          {t('month.previous')}
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={() => onMonth(addMonths(month, 1))}>
          {t('month.next')}
        </button>
      </p>
      {query.isPending && <Loading label={t('list.loading')} />}
      {query.isError && <ErrorMessage error={query.error} />}
      {query.isSuccess && (
        <table className="month-view">
          <caption>{t('month.caption', { month: monthName, count: query.data.totalItems })}</caption>
          <thead>
            <tr>
              {weekdays.map((day) => (
                <th key={day} scope="col">
                  {day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, d) =>
                  day == null ? (
                    <td key={d} />
                  ) : (
                    <td key={d}>
                      <span className="month-view__day">{day}</span>
                      <ul>
                        {on(day).map((event) => (
                          <li key={event.id}>
                            <Link to={`/events/${event.id}`}>{event.title}</Link>
                          </li>
                        ))}
                      </ul>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
