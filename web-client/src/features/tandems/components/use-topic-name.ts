import { useTranslation } from 'react-i18next';
import { isExpertiseTopic } from '@/lib/enums';

/** Maps an expertise topic key (e.g. "FINANCING") to its name in the reader's language; unknown keys stay as they are. */
export function useTopicName(): (key: string) => string {
  const { t } = useTranslation();
  return (key) => (isExpertiseTopic(key) ? t(`topics.${key}`) : key);
}
