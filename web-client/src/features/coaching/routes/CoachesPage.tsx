import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { readPage } from '@/lib/page-param';
import type { GermanState } from '@/api/get-coaches';
import { CoachFilters, STATES, type CoachFilterValues } from '../components/CoachFilters';
import { CoachingGate } from '../components/CoachingGate';
import { CoachList } from '../components/CoachList';
import '@/components/ui.css';
import '../coaching.css';

/** Filters and the one-based page live in the URL (?topic=&region=&page=); the API pages from zero. */
function useCoachSearch() {
  const [searchParams, setSearchParams] = useSearchParams();
  const region = searchParams.get('region') ?? '';
  const filters: CoachFilterValues = {
    topic: searchParams.get('topic') || undefined,
    region: STATES.includes(region as GermanState) ? (region as GermanState) : undefined,
  };
  const page = readPage(searchParams);
  const apply = (next: CoachFilterValues, nextPage = 0) => {
    const params: Record<string, string> = {};
    if (next.topic) params.topic = next.topic;
    if (next.region) params.region = next.region;
    if (nextPage > 0) params.page = String(nextPage + 1);
    setSearchParams(params);
  };
  return { filters, page, setFilters: (next: CoachFilterValues) => apply(next), setPage: (next: number) => apply(filters, next) };
}

export function CoachesPage() {
  const { t } = useTranslation('coaching');
  const { filters, page, setFilters, setPage } = useCoachSearch();
  return (
    <div className="content">
      <PageHeading title={t('coaches.title')}>{t('coaches.title')}</PageHeading>
      <p className="lead">{t('coaches.intro')}</p>
      <CoachingGate>
        <CoachFilters values={filters} onChange={setFilters} />
        <CoachList {...filters} page={page} onPageChange={setPage} />
      </CoachingGate>
    </div>
  );
}
