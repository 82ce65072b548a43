import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { Pagination } from '@/components/Pagination';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { formatDateTime } from '@/lib/format';
import { useAuditEntries, type AuditEntry, type AuditQuery } from '../api/audit-log';
import '@/components/ui.css';

const FILTERS = ['person', 'entityType', 'entityId', 'action', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
const TYPES = [
  'measurement',
  'indicator',
  'reporting_period',
  'metric_scope',
  'indicator_target',
  'report_narrative',
  'metric_event',
  'network_initiative',
  'organisation',
  'organisation_membership',
  'transfer_concept',
  'selection_criterion',
  'coach',
  'coaching_assignment',
  'learning_module',
  'tandem',
] as const;
const ACTIONS = ['create', 'update', 'correct', 'transition', 'delete'] as const;

/** Admins find who changed what and when; each entry shows the fields it changed, before → after. */
export function AuditLogPage() {
  const { t } = useTranslation('audit');
  return (
    <div className="content">
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <RequireRole roles={['admin']} messages={{ forbidden: t('forbidden') }}>
        <p className="lead">{t('intro')}</p>
        <AuditLog />
      </RequireRole>
    </div>
  );
}

function AuditLog() {
  const { t, i18n } = useTranslation('audit');
  const id = useId();
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? ''])) as Record<Filter, string>;
  const page = Number(params.get('page') ?? '0') || 0;
  const [draft, setDraft] = useState(applied);
  const query: AuditQuery = { ...applied, page, size: 20 };
  const entries = useAuditEntries(query, { enabled: auth.authenticated && auth.hasRole('admin') });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTERS) if (draft[key].trim()) next.set(key, draft[key].trim());
    setParams(next);
  };
  const reset = () => {
    setDraft(Object.fromEntries(FILTERS.map((key) => [key, ''])) as Record<Filter, string>);
    setParams(new URLSearchParams());
  };
  const typeName = (type: string) =>
    (TYPES as readonly string[]).includes(type) ? t(`types.${type as (typeof TYPES)[number]}`) : type;
  const actionName = (action: string) =>
    (ACTIONS as readonly string[]).includes(action) ? t(`actions.${action as (typeof ACTIONS)[number]}`) : action;
  const control = (key: Filter) => `${id}-${key}`;
  const set = (key: Filter) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });

  return (
    <>
      <form className="form filter-form" aria-labelledby={`${id}-filters`} onSubmit={apply}>
        <h2 id={`${id}-filters`}>{t('filters.heading')}</h2>
        <div className="form-field">
          <label htmlFor={control('person')}>{t('filters.person')}</label>
          <input id={control('person')} type="text" maxLength={255} value={draft.person} onChange={set('person')} />
        </div>
        <div className="form-field">
          <label htmlFor={control('entityType')}>{t('filters.entityType')}</label>
          <select id={control('entityType')} value={draft.entityType} onChange={set('entityType')}>
            <option value="">{t('filters.anyType')}</option>
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {typeName(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={control('entityId')}>{t('filters.entityId')}</label>
          <input id={control('entityId')} type="text" maxLength={255} value={draft.entityId} onChange={set('entityId')} />
        </div>
        <div className="form-field">
          <label htmlFor={control('action')}>{t('filters.action')}</label>
          <select id={control('action')} value={draft.action} onChange={set('action')}>
            <option value="">{t('filters.anyAction')}</option>
            {ACTIONS.map((action) => (
              <option key={action} value={action}>
                {actionName(action)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={control('from')}>{t('filters.from')}</label>
          <input id={control('from')} type="date" value={draft.from} onChange={set('from')} />
        </div>
        <div className="form-field">
          <label htmlFor={control('to')}>{t('filters.to')}</label>
          <input id={control('to')} type="date" value={draft.to} onChange={set('to')} />
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {t('filters.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={reset}>
            {t('filters.reset')}
          </button>
        </div>
      </form>

      {entries.isPending && <Loading label={t('results.loading')} />}
      {entries.isError && <ErrorMessage error={entries.error} />}
      {entries.data && (
        <section aria-labelledby={`${id}-count`}>
          <h2 id={`${id}-count`} role="status">
            {t('results.count', { count: entries.data.totalItems })}
          </h2>
          {entries.data.items.length === 0 ? (
            <p>{t('results.none')}</p>
          ) : (
            <DataTable
              captionId={`${id}-caption`}
              caption={t('results.caption')}
              captionHidden
              className="audit-table"
              columns={[
                { label: t('results.at') },
                { label: t('results.person') },
                { label: t('results.item') },
                { label: t('results.action') },
                { label: t('results.changes') },
              ]}
            >
              {entries.data.items.map((entry) => (
                <EntryRow key={entry.id} entry={entry} typeName={typeName} actionName={actionName} language={i18n.language} />
              ))}
            </DataTable>
          )}
          <Pagination
            page={entries.data.page}
            totalPages={entries.data.totalPages}
            onPageChange={(next) => {
              const copy = new URLSearchParams(params);
              copy.set('page', String(next));
              setParams(copy);
            }}
          />
        </section>
      )}
    </>
  );
}

function EntryRow({
  entry,
  typeName,
  actionName,
  language,
}: {
  entry: AuditEntry;
  typeName: (type: string) => string;
  actionName: (action: string) => string;
  language: string;
}) {
  const { t } = useTranslation('audit');
  const empty = t('results.empty');
  return (
    <tr>
      <td>{formatDateTime(entry.at, language)}</td>
      <td>{entry.actorName ?? t('results.unknownPerson', { actor: entry.actor })}</td>
      <td>
        {typeName(entry.entityType)}
        <br />
        <code>{entry.entityId}</code>
      </td>
      <td>{actionName(entry.action)}</td>
      <td>
        {entry.changes.length === 0 ? (
          <p>{t('results.noChanges')}</p>
        ) : (
          <ul className="audit-changes">
            {entry.changes.map((change) => (
              <li key={change.field}>
                {t('results.change', { field: change.field, before: change.before ?? empty, after: change.after ?? empty })}
              </li>
            ))}
          </ul>
        )}
        {entry.details.length > 0 && (
          <dl className="audit-details">
            {entry.details.map((detail) => (
              <div key={detail.name}>
                <dt>{detail.name}</dt>
                <dd>{detail.value ?? empty}</dd>
              </div>
            ))}
          </dl>
        )}
      </td>
    </tr>
  );
}
