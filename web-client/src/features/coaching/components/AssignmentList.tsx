import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { useCoachingAssignments } from '../api/get-coaching-assignments';
import { AssignmentCard } from './AssignmentCard';

export const ASSIGNMENT_PAGE_SIZE = 20;

/** The coach's assignments, ordered by organisation (as the API returns them). */
export function AssignmentList({ coachId }: { coachId: string }) {
  const { t } = useTranslation('coaching');
  const [page, setPage] = useState(0);
  const assignments = useCoachingAssignments({ coachId, page, size: ASSIGNMENT_PAGE_SIZE });

  if (assignments.isPending) return <Loading label={t('myPartners.loading')} />;
  if (assignments.isError) return <ErrorMessage error={assignments.error} />;
  if (assignments.data.items.length === 0) return <p>{t('myPartners.empty')}</p>;

  return (
    <div aria-busy={assignments.isFetching}>
      <ul className="assignment-list">
        {assignments.data.items.map((assignment) => (
          <li key={assignment.id}>
            <AssignmentCard assignment={assignment} />
          </li>
        ))}
      </ul>
      <Pagination page={assignments.data.page} totalPages={assignments.data.totalPages} onPageChange={setPage} />
    </div>
  );
}
