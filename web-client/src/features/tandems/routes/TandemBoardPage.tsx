import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import { readPage } from '@/lib/page-param';
import { useTandemConcepts, type ConceptSummary } from '../api/get-tandem-concepts';
import { useTandemSuggestions, type TandemSuggestion } from '../api/get-tandem-suggestions';
import { ProposeDialog } from '../components/ProposeDialog';
import { SuggestionCard } from '../components/SuggestionCard';
import { STAFF_ROLES } from '../components/TandemsNavItem';
import { BackLink } from '@/components/BackLink';
import '@/components/ui.css';
import '../tandems.css';

export const SUGGESTION_PAGE_SIZE = 20;

/** The tandem board for staff: concepts to choose from, the chosen concept's ranked suggestions (?conceptId=&page=). */
export function TandemBoardPage() {
  const { t } = useTranslation('tandems');
  return (
    <div className="content">
      <BackLink to="/tandems">{t('board.back')}</BackLink>
      <PageHeading title={t('board.title')}>{t('board.title')}</PageHeading>
      <RequireRole roles={STAFF_ROLES}>
        <Board />
      </RequireRole>
    </div>
  );
}

function Board() {
  const { t } = useTranslation('tandems');
  const [searchParams, setSearchParams] = useSearchParams();
  const conceptId = searchParams.get('conceptId') ?? '';
  const page = readPage(searchParams);
  const concepts = useTandemConcepts();
  const concept = concepts.data?.find((candidate) => candidate.id === conceptId);

  return (
    <>
      <p className="lead">{t('board.intro')}</p>
      <nav className="tandem-concepts" aria-labelledby="tandem-concepts-heading">
        <h2 id="tandem-concepts-heading">{t('board.concepts')}</h2>
        {concepts.isPending ? (
          <Loading label={t('board.conceptsLoading')} />
        ) : concepts.isError ? (
          <ErrorMessage error={concepts.error} />
        ) : concepts.data.length === 0 ? (
          <p>{t('board.conceptsEmpty')}</p>
        ) : (
          <ul className="tandem-concepts__list">
            {concepts.data.map((item) => (
              <li key={item.id}>
                <Link to={`/tandems/suggest?conceptId=${item.id}`} aria-current={item.id === conceptId ? 'page' : undefined}>
                  {t('board.conceptLink', { title: item.title, organisation: item.organisationName })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </nav>
      {conceptId ? (
        <Suggestions
          conceptId={conceptId}
          concept={concept}
          page={page}
          onPageChange={(next) => {
            const params = new URLSearchParams({ conceptId });
            if (next > 0) params.set('page', String(next + 1));
            setSearchParams(params);
          }}
        />
      ) : (
        <p className="muted">{t('board.chooseConcept')}</p>
      )}
    </>
  );
}

type SuggestionsProps = {
  conceptId: string;
  concept?: ConceptSummary;
  page: number;
  onPageChange: (page: number) => void;
};

function Suggestions({ conceptId, concept, page, onPageChange }: SuggestionsProps) {
  const { t } = useTranslation('tandems');
  const suggestions = useTandemSuggestions({ conceptId, page, size: SUGGESTION_PAGE_SIZE });
  const [proposing, setProposing] = useState<TandemSuggestion | null>(null);
  const heading = concept ? t('board.suggestions', { title: concept.title }) : t('board.suggestionsFallback');

  // The top-ranked candidate needs no reason; the ranking leaves out candidates that already have an open tandem.
  const topRank = page === 0 ? (suggestions.data?.items[0]?.rank ?? 1) : 1;
  return (
    <section className="tandem-suggestions" aria-labelledby="tandem-suggestions-heading">
      <h2 id="tandem-suggestions-heading">{heading}</h2>
      <PagedResults
        query={suggestions}
        loading={t('board.loading')}
        empty={t('board.empty')}
        count={(count) => t('board.count', { count })}
        onPageChange={onPageChange}
        footer={
          proposing && (
            <ProposeDialog
              conceptId={conceptId}
              conceptTitle={concept?.title ?? ''}
              suggestion={proposing}
              reasonRequired={proposing.rank > topRank}
              onClose={() => setProposing(null)}
            />
          )
        }
      >
        {(items) => (
          <ol className="suggestions">
            {items.map((suggestion) => (
              <li key={suggestion.organisation.id}>
                <SuggestionCard suggestion={suggestion} onPropose={setProposing} />
              </li>
            ))}
          </ol>
        )}
      </PagedResults>
    </section>
  );
}
