import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { Pagination } from '@/components/Pagination';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { useAuthoringModules, type ModuleStatus } from '../api/get-authoring-modules';
import type { LearningModuleSummary } from '../api/get-learning-modules';
import { ModuleStatusBadge } from '../components/ModuleStatusBadge';
import { MODULE_STATUSES } from '../components/ModuleWorkflow';
import { AUTHOR_ROLES, STAFF_ROLES } from '../components/roles';
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
      <p className="back-link">
        <Link to="/learning">{t('module.back')}</Link>
      </p>
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
            {modules.data.items.length === 0 ? t('authoring.queueEmpty') : t('authoring.queueCount', { count: modules.data.totalItems })}
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
  const fromUrl = Number.parseInt(searchParams.get('page') ?? '1', 10);
  const status = searchParams.get('status');
  const params = {
    page: Number.isFinite(fromUrl) && fromUrl > 1 ? fromUrl - 1 : 0,
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
          {MODULE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {modules.isPending ? (
        <Loading label={t('authoring.loading')} />
      ) : modules.isError ? (
        <ErrorMessage error={modules.error} />
      ) : (
        <div aria-busy={modules.isFetching}>
          <p className="result-count" role="status">
            {modules.data.items.length === 0
              ? mine && !params.status
                ? t('authoring.noneYet')
                : t('authoring.empty')
              : t('list.count', { count: modules.data.totalItems })}
          </p>
          {modules.data.items.length > 0 && <ModuleTable id="authoring-list" caption={heading} items={modules.data.items} showStatus />}
          <Pagination
            page={modules.data.page}
            totalPages={modules.data.totalPages}
            onPageChange={(page) => setParams({ ...params, page })}
          />
        </div>
      )}
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
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="data-table">
        <caption id={`${id}-caption`} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('authoring.columns.title')}</th>
            {showStatus && <th scope="col">{t('authoring.columns.status')}</th>}
            <th scope="col">{t('authoring.columns.format')}</th>
            <th scope="col">{t('authoring.columns.visibility')}</th>
            <th scope="col">{t('authoring.columns.authors')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
