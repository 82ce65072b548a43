import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestionReason, TandemSuggestion } from '../api/get-tandem-suggestions';
import { percentPoints } from './format';

type SuggestionCardProps = {
  suggestion: TandemSuggestion;
  onPropose: (suggestion: TandemSuggestion) => void;
};

/** One ranked candidate: rank, score, and each factor's reason with its share of the score in text and as a bar. */
export function SuggestionCard({ suggestion, onPropose }: SuggestionCardProps) {
  const { t, i18n } = useTranslation('tandems');
  const { t: tc } = useTranslation();
  const headingId = useId();
  const { organisation } = suggestion;
  return (
    <article className="suggestion" aria-labelledby={headingId}>
      <div className="suggestion__head">
        <h3 id={headingId} className="suggestion__title">
          <span className="suggestion__rank">{t('board.rank', { rank: suggestion.rank })}</span> {organisation.name}
        </h3>
        <p className="suggestion__place">
          {organisation.town}, {tc(`states.${organisation.state}`)}
        </p>
        <p className="suggestion__score">{t('board.score', { score: percentPoints(suggestion.score, i18n.language) })}</p>
      </div>
      <h4 className="suggestion__reasons-heading">{t('board.reasons')}</h4>
      <ul className="reasons">
        {suggestion.reasons.map((reason) => (
          <ReasonItem key={reason.factor} reason={reason} />
        ))}
      </ul>
      {/* The name starts with the visible label (WCAG 2.5.3) and tells the buttons apart. */}
      <button
        type="button"
        className="button"
        aria-label={`${t('board.propose')} ${t('board.proposeFor', { organisation: organisation.name })}`}
        onClick={() => onPropose(suggestion)}
      >
        {t('board.propose')}
      </button>
    </article>
  );
}

function ReasonItem({ reason }: { reason: SuggestionReason }) {
  const { t, i18n } = useTranslation('tandems');
  const factor = t(`factor.${reason.factor}`);
  const shareText = t('board.share', {
    share: percentPoints(reason.share, i18n.language),
    weight: percentPoints(reason.weight, i18n.language),
  });
  return (
    <li className="reason">
      <p className="reason__head">
        <span className="reason__factor">{factor}</span>: {reason.value}
      </p>
      <p className="reason__share">
        <meter
          className="reason__bar"
          min={0}
          max={reason.weight > 0 ? reason.weight : 1}
          value={reason.share}
          aria-label={t('board.shareBar', { factor })}
          aria-valuetext={shareText}
        />{' '}
        {shareText}
      </p>
      <p className="reason__explanation">{reason.explanation}</p>
    </li>
  );
}
