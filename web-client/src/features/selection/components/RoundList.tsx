import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { useRounds } from '../api/get-rounds';
import { formatDate } from './format';

export const ROUND_PAGE_SIZE = 20;

type RoundListProps = { page: number; onPageChange: (page: number) => void };

export function RoundList({ page, onPageChange }: RoundListProps) {
  const { t, i18n } = useTranslation('selection');
  const rounds = useRounds({ page, size: ROUND_PAGE_SIZE });

  if (rounds.isPending) return <Loading label={t('rounds.loading')} />;
  if (rounds.isError) return <ErrorMessage error={rounds.error} />;
  if (rounds.data.items.length === 0) return <p>{t('rounds.empty')}</p>;

  return (
    <div aria-busy={rounds.isFetching}>
      <DataTable
        captionId="rounds-caption"
        caption={t('rounds.caption')}
        columns={[
          { label: t('rounds.name') },
          { label: t('rounds.status') },
          { label: t('rounds.candidates'), numeric: true },
          { label: t('rounds.decided'), numeric: true },
          { label: t('rounds.createdAt') },
        ]}
      >
        {rounds.data.items.map((round) => (
          <tr key={round.id}>
            <th scope="row">
              <Link to={`/selection/${round.id}`}>{round.name}</Link>
            </th>
            <td>
              <span className={`status-badge status-badge--${round.status.toLowerCase()}`}>{t(`status.${round.status}`)}</span>
            </td>
            <td className="data-table__number">{round.candidateCount}</td>
            <td className="data-table__number">{round.decidedCount}</td>
            <td>{formatDate(round.createdAt, i18n.language)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={rounds.data.page} totalPages={rounds.data.totalPages} onPageChange={onPageChange} />
    </div>
  );
}
