import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { Pagination } from '@/components/Pagination';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { readPage } from '@/lib/page-param';
import { useAuthoringModules, type ModuleStatus } from '../api/get-authoring-modules';
import type { LearningModuleSummary } from '../api/get-learning-modules';
import { ModuleStatusBadge } from '../components/ModuleStatusBadge';
import { MODULE_STATUSES } from '../components/ModuleWorkflow';
import { AUTHOR_ROLES, STAFF_ROLES } from '../components/roles';
import { BackLink } from '@/components/BackLink';
import { Options } from '@/components/form/Options';
import '@/components/ui.css';
import '../learning.css';

export const AUTHORING_PAGE_SIZE = 20;

/** Whether the signed-in user reviews and publishes modules (coordinators, admins). */
export function useIsLearningStaff(): boolean {
  const auth = useAuth();
  return auth.authenticated && STAFF_ROLES.some((role) => auth.hasRole(role));
}

/**
 * Authors' workplace: coaches and partners see the modules they (or their organisation) wrote, in every status;
 * staff see the review queue (IN_REVIEW) and every module. The status filter and page live in the address.
 */
export function AuthoringPage() {
  const { t } = useTranslation('learning');
  const staff = useIsLearningStaff();
  const title = staff ? t('authoring.staffTitle') : t('authoring.title');
  return (
    <div className="content">
      <BackLink to="/learning">{t('module.back')}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      <RequireRole roles={AUTHOR_ROLES}>
        <p className="lead">{staff ? t('authoring.staffIntro') : t('authoring.intro')}</p>
        <p>
          <Link to="/learning/authoring/new" className="button">
            {t('authoring.new')}
          </Link>
        </p>
        {staff && <ReviewQueue />}
        <ModuleList mine={!staff} />
      </RequireRole>
    </div>
  );
}

function ReviewQueue() {
  const { t } = useTranslation('learning');
  const [page, setPage] = useState(0);
  const modules = useAuthoringModules({ page, size: AUTHORING_PAGE_SIZE, mine: false, status: 'IN_REVIEW' });
  return (
    <section aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">{t('authoring.queue')}</h2>
      {modules.isPending ? (
        <Loading label={t('authoring.loading')} />
      ) : modules.isError ? (
        <ErrorMessage error={modules.error} />
      ) : (
        <div aria-busy={modules.isFetching}>
          <p className="result-count">
            {modules.data.items.length === 0
              ? t('authoring.queueEmpty')
              : t('authoring.queueCount', { count: modules.data.totalItems })}
          </p>
          {modules.data.items.length > 0 && (
            <ModuleTable id="review-queue" caption={t('authoring.queue')} items={modules.data.items} showStatus={false} />
          )}
          <Pagination page={modules.data.page} totalPages={modules.data.totalPages} onPageChange={setPage} />
        </div>
      )}
    </section>
  );
}

/** The status filter and page in the address (?status=&page=, one-based). */
function useListParams(): [{ page: number; status?: ModuleStatus }, (next: { page: number; status?: ModuleStatus }) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = searchParams.get('status');
  const params = {
    page: readPage(searchParams),
    status: (MODULE_STATUSES as string[]).includes(status ?? '') ? (status as ModuleStatus) : undefined,
  };
  const set = (next: { page: number; status?: ModuleStatus }) => {
    const query = new URLSearchParams();
    if (next.status) query.set('status', next.status);
    if (next.page > 0) query.set('page', String(next.page + 1));
    setSearchParams(query);
  };
  return [params, set];
}

function ModuleList({ mine }: { mine: boolean }) {
  const { t } = useTranslation('learning');
  const [params, setParams] = useListParams();
  const modules = useAuthoringModules({ page: params.page, size: AUTHORING_PAGE_SIZE, mine, status: params.status });
  const heading = mine ? t('authoring.mine') : t('authoring.all');
  return (
    <section aria-labelledby="authoring-list-heading">
      <h2 id="authoring-list-heading">{heading}</h2>
      <div className="sort-select learning-filters">
        <label htmlFor="authoring-status">{t('authoring.status')}</label>
        <select
          id="authoring-status"
          value={params.status ?? ''}
          onChange={(event) => setParams({ page: 0, status: (event.target.value || undefined) as ModuleStatus | undefined })}
        >
          <option value="">{t('authoring.allStatuses')}</option>
          <Options values={MODULE_STATUSES} label={(status) => t(`status.${status}`)} />
        </select>
      </div>
      <PagedResults
        query={modules}
        loading={t('authoring.loading')}
        empty={mine && !params.status ? t('authoring.noneYet') : t('authoring.empty')}
        count={(count) => t('list.count', { count })}
        onPageChange={(page) => setParams({ ...params, page })}
      >
        {(items) => <ModuleTable id="authoring-list" caption={heading} items={items} showStatus />}
      </PagedResults>
    </section>
  );
}

function ModuleTable({
  id,
  caption,
  items,
  showStatus,
}: {
  id: string;
  caption: string;
  items: LearningModuleSummary[];
  showStatus: boolean;
}) {
  const { t } = useTranslation('learning');
  return (
    <DataTable
      captionId={`${id}-caption`}
      caption={caption}
      captionHidden
      columns={[
        { label: t('authoring.columns.title') },
        showStatus && { label: t('authoring.columns.status') },
        { label: t('authoring.columns.format') },
        { label: t('authoring.columns.visibility') },
        { label: t('authoring.columns.authors') },
      ]}
    >
      {items.map((module) => (
        <tr key={module.id}>
          <th scope="row">
            <Link to={`/learning/authoring/${module.id}`}>{module.title}</Link>
          </th>
          {showStatus && (
            <td>
              <ModuleStatusBadge status={module.status} />
            </td>
          )}
          <td>{t(`format.${module.format}`)}</td>
          <td>{t(`visibility.${module.visibility}`)}</td>
          <td>{module.authors.map((author) => author.name).join(', ')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
