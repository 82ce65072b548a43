import { useTranslation } from 'react-i18next';

/** Returns a function mapping a German state code (e.g. "SN") to its name in the current language. */
export function useStateName(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => t(`states.${code}` as 'states.SN', { defaultValue: code });
}
