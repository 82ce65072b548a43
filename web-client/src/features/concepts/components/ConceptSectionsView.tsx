import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import { SECTIONS, sectionId, type ConceptSections, type SectionKey } from '@/lib/concept-sections';
import { TransferPlan } from './TransferPlan';

type ConceptSectionsViewProps = {
  sections: ConceptSections;
  /** Rendered below each section (the review comments), if given. */
  below?: (key: SectionKey) => ReactNode;
};

/** The eleven sections in order, each with its German heading; text sections as safe Markdown. */
export function ConceptSectionsView({ sections, below }: ConceptSectionsViewProps) {
  const { t } = useTranslation('concepts');
  return (
    <>
      <nav className="concept-toc" aria-labelledby="concept-toc-heading">
        <h2 id="concept-toc-heading" className="concept-toc__heading">
          {t('detail.contents')}
        </h2>
        <ol>
          {SECTIONS.map(({ key }) => (
            <li key={key}>
              <a href={`#${sectionId(key)}`}>{t(`sections.${key}`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map(({ key, field }) => {
        const value = sections[field];
        return (
          <section key={key} className="concept-section" aria-labelledby={sectionId(key)}>
            <h2 id={sectionId(key)} tabIndex={-1}>
              {t(`sections.${key}`)}
            </h2>
            {field === 'transferPlan' ? (
              <TransferPlan steps={sections.transferPlan} />
            ) : typeof value === 'string' && value.trim() ? (
              <Markdown headingLevel={3}>{value}</Markdown>
            ) : (
              <p className="muted">{t('detail.empty')}</p>
            )}
            {below?.(key)}
          </section>
        );
      })}
    </>
  );
}
