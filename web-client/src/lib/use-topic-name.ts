import { useTranslation } from 'react-i18next';
import { useExpertiseTopics } from '@/api/get-expertise-topics';

/** Maps an expertise topic key (e.g. "FINANCING") to its name in the reader's language. */
export function useTopicName(): (key: string) => string {
  const { i18n } = useTranslation();
  const topics = useExpertiseTopics();
  const english = i18n.language.startsWith('en');
  return (key) => {
    const topic = topics.data?.find((candidate) => candidate.key === key);
    if (!topic) return key;
    return english ? topic.nameEn : topic.nameDe;
  };
}
