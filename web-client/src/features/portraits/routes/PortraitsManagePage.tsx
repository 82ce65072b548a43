import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { FilterSelect } from '@/components/FilterSelect';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import { SearchBox } from '@/components/SearchBox';
import { formatDate } from '@/lib/format';
import { GERMAN_STATES, SUBMARKETS, type GermanState, type Submarket } from '@/lib/enums';
import { readPage } from '@/lib/page-param';
import { useStateName } from '@/lib/use-state-name';
import { usePortraits, type PortraitSummary } from '../api/get-portraits';
import type { PortraitStatus } from '../api/save-portrait';
import { PORTRAIT_EDITOR_ROLES } from '../components/roles';
import '@/components/ui.css';

const STATUSES: PortraitStatus[] = ['DRAFT', 'PUBLISHED'];
const PAGE_SIZE = 20;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Every portrait for the staff, drafts and published: search, filters by status, state and submarket, a link to each editor. */
export function PortraitsManagePage() {
  const { t } = useTranslation('portraits');
  return (
    <div className="content">
      <PageHeading title={t('manage.title')}>{t('manage.title')}</PageHeading>
      <RequireRole roles={PORTRAIT_EDITOR_ROLES}>
        <p className="lead">{t('manage.intro')}</p>
        <p>
          <Link className="button" to="/portraits/manage/new">
            {t('manage.create')}
          </Link>
        </p>
        <PortraitTable />
      </RequireRole>
    </div>
  );
}

function PortraitTable() {
  const { t, i18n } = useTranslation('portraits');
  const { t: tCommon } = useTranslation();
  const stateName = useStateName();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const status = oneOf(STATUSES, searchParams.get('status'));
  const state = oneOf<GermanState>(GERMAN_STATES, searchParams.get('state'));
  const submarket = oneOf<Submarket>(SUBMARKETS, searchParams.get('submarket'));
  const page = readPage(searchParams);
  const set = (next: { q?: string; status?: string; state?: string; submarket?: string; page?: number }) => {
    const merged = { q, status, state, submarket, page: 0, ...next };
    const params = new URLSearchParams();
    for (const key of ['q', 'status', 'state', 'submarket'] as const) {
      if (merged[key]) params.set(key, merged[key]);
    }
    if (merged.page > 0) params.set('page', String(merged.page + 1));
    setSearchParams(params);
  };
  const query = usePortraits({ page, size: PAGE_SIZE, q: q || undefined, status, state, submarket });
  return (
    <>
      <div className="filters">
        <SearchBox
          id="portrait-manage-search"
          label={t('list.search')}
          hint={t('list.searchHint')}
          buttonLabel={t('list.searchButton')}
          q={q}
          onSearch={(value) => set({ q: value })}
        />
        <FilterSelect
          id="portrait-manage-status"
          label={t('manage.status')}
          value={status}
          allLabel={t('manage.allStatuses')}
          options={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          onChange={(value) => set({ status: value })}
        />
        <FilterSelect
          id="portrait-manage-state"
          label={t('list.state')}
          value={state}
          allLabel={t('list.allStates')}
          options={GERMAN_STATES.map((code) => ({ value: code, label: stateName(code) }))}
          onChange={(value) => set({ state: value })}
        />
        <FilterSelect
          id="portrait-manage-submarket"
          label={t('manage.submarket')}
          value={submarket}
          allLabel={t('manage.allSubmarkets')}
          options={SUBMARKETS.map((value) => ({ value, label: tCommon(`submarkets.${value}`) }))}
          onChange={(value) => set({ submarket: value })}
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
        {(items: PortraitSummary[]) => (
          <DataTable
            captionId="portrait-manage-caption"
            caption={t('manage.caption')}
            columns={[
              { label: t('manage.columns.title') },
              { label: t('manage.columns.place') },
              { label: t('manage.columns.status') },
              { label: t('manage.columns.published') },
            ]}
          >
            {items.map((portrait) => (
              <tr key={portrait.id}>
                <td>
                  <Link to={`/portraits/manage/${portrait.id}`}>{portrait.title}</Link>
                </td>
                <td>
                  {portrait.town}, {stateName(portrait.state)}
                </td>
                <td>{t(`status.${portrait.status}`)}</td>
                <td>{portrait.publishedAt ? formatDate(portrait.publishedAt, i18n.language) : '–'}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </PagedResults>
    </>
  );
}
