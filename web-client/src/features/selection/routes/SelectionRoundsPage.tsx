import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { readPage } from '@/lib/page-param';
import { JurorGate } from '../components/JurorGate';
import { RoundList } from '../components/RoundList';
import '@/components/ui.css';
import '../selection.css';

/** The URL carries a one-based ?page=, the API a zero-based page. */
function usePageParam(): [number, (page: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = readPage(searchParams);
  const setPage = (next: number) => setSearchParams(next > 0 ? { page: String(next + 1) } : {});
  return [page, setPage];
}

export function SelectionRoundsPage() {
  const { t } = useTranslation('selection');
  const [page, setPage] = usePageParam();
  return (
    <div className="content">
      <PageHeading title={t('rounds.title')}>{t('rounds.title')}</PageHeading>
      <p className="lead">{t('rounds.intro')}</p>
      <JurorGate>
        <RoundList page={page} onPageChange={setPage} />
      </JurorGate>
    </div>
  );
}
