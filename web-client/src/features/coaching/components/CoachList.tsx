import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { useCoaches } from '@/api/get-coaches';
import { CoachCard } from './CoachCard';
import type { CoachFilterValues } from './CoachFilters';

export const COACH_PAGE_SIZE = 12;

type CoachListProps = CoachFilterValues & { page: number; onPageChange: (page: number) => void };

export function CoachList({ topic, region, page, onPageChange }: CoachListProps) {
  const { t } = useTranslation('coaching');
  const coaches = useCoaches({ page, size: COACH_PAGE_SIZE, topic, region });

  if (coaches.isPending) return <Loading label={t('coaches.loading')} />;
  if (coaches.isError) return <ErrorMessage error={coaches.error} />;

  const { items, totalItems, totalPages } = coaches.data;
  return (
    <section aria-label={t('coaches.listLabel')} aria-busy={coaches.isFetching}>
      <p className="result-count" role="status">
        {t('coaches.count', { count: totalItems })}
      </p>
      {items.length === 0 ? (
        <p>{t('coaches.empty')}</p>
      ) : (
        <ul className="card-grid">
          {items.map((coach) => (
            <li key={coach.id}>
              <CoachCard coach={coach} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={coaches.data.page} totalPages={totalPages} onPageChange={onPageChange} />
    </section>
  );
}
