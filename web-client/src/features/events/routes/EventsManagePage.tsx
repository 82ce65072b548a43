import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { FilterSelect } from '@/components/FilterSelect';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import { formatDay, todayIso } from '@/lib/format';
import { readPage } from '@/lib/page-param';
import { useOutreachEvents, type OutreachEvent } from '../api/event-publications';
import type { EventType } from '../api/public-events';
import { EVENT_STAFF_ROLES, EVENT_TYPES } from '../components/staff';
import '@/components/ui.css';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_SIZE = 25;

/** The events of the outreach figures, for staff to mark public: filters by date and type, a link to each publication. */
export function EventsManagePage() {
  const { t } = useTranslation('events');
  return (
    <div className="content">
      <PageHeading title={t('staff.list.title')}>{t('staff.list.title')}</PageHeading>
      <RequireRole roles={EVENT_STAFF_ROLES}>
        <p className="lead">{t('staff.list.intro')}</p>
        <EventTable />
      </RequireRole>
    </div>
  );
}

function EventTable() {
  const { t, i18n } = useTranslation('events');
  const [searchParams, setSearchParams] = useSearchParams();
  const fromParam = searchParams.get('from') ?? todayIso();
  const from = DATE.test(fromParam) ? fromParam : undefined;
  const toParam = searchParams.get('to') ?? '';
  const to = DATE.test(toParam) ? toParam : undefined;
  const typeParam = searchParams.get('type') ?? '';
  const type = (EVENT_TYPES as string[]).includes(typeParam) ? (typeParam as EventType) : undefined;
  const page = readPage(searchParams);
  const set = (next: { from?: string; to?: string; type?: string; page?: number }) => {
    const merged = { from: fromParam, to, type, page: 0, ...next };
    const params = new URLSearchParams();
    params.set('from', merged.from ?? '');
    if (merged.to) params.set('to', merged.to);
    if (merged.type) params.set('type', merged.type);
    if (merged.page > 0) params.set('page', String(merged.page + 1));
    setSearchParams(params);
  };
  const query = useOutreachEvents({ page, size: PAGE_SIZE, from, to, type });
  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor="staff-events-from">{t('list.from')}</label>
          <input id="staff-events-from" type="date" value={from ?? ''} onChange={(e) => set({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="staff-events-to">{t('list.to')}</label>
          <input id="staff-events-to" type="date" value={to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
        </div>
        <FilterSelect
          id="staff-events-type"
          label={t('list.type')}
          value={type}
          allLabel={t('list.allTypes')}
          options={EVENT_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
          onChange={(value) => set({ type: value })}
        />
      </div>
      <PagedResults
        query={query}
        loading={t('list.loading')}
        empty={t('list.empty')}
        count={(n) => t('list.count', { count: n })}
        page={page}
        onPageChange={(next) => set({ page: next })}
      >
        {(items: OutreachEvent[]) => (
          <DataTable
            captionId="staff-events-caption"
            caption={t('staff.list.caption')}
            columns={[
              { label: t('staff.list.columns.title') },
              { label: t('staff.list.columns.type') },
              { label: t('staff.list.columns.day') },
              { label: t('staff.list.columns.town') },
            ]}
          >
            {items.map((event) => (
              <tr key={event.id}>
                <td>
                  <Link to={`/events/manage/${event.id}`}>{event.title}</Link>
                </td>
                <td>{t(`type.${event.type}`)}</td>
                <td>{formatDay(event.heldOn, i18n.language)}</td>
                <td>{event.town}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </PagedResults>
    </>
  );
}
