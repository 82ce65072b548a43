import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { emptyFilters, readPage, type DirectoryFilters } from '@/lib/directory-filters';
import { PartnerList } from '../components/PartnerList';

/** The start page shows the best-practice partners; the directory has everybody. */
const BEST_PRACTICE: DirectoryFilters = { ...emptyFilters, programmeRole: ['BEST_PRACTICE'] };

/** The URL carries a one-based ?page=, the API a zero-based page. */
function usePageParam(): [number, (page: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = readPage(searchParams);
  const setPage = (next: number) => setSearchParams(next > 0 ? { page: String(next + 1) } : {});
  return [page, setPage];
}

export function StartPage() {
  const { t } = useTranslation('partners');
  const [page, setPage] = usePageParam();
  return (
    <div className="content">
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <p className="lead-link">
        <Link to="/partners">{t('toDirectory')}</Link>
      </p>
      <PartnerList filters={BEST_PRACTICE} page={page} onPageChange={setPage} />
    </div>
  );
}
