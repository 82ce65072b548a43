import { useTranslation } from 'react-i18next';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.target');
  return (
    <button
      type="button"
      className="button button--ghost language-switch"
      lang={target}
      aria-label={t('language.switchTo')}
      onClick={() => void i18n.changeLanguage(target)}
    >
      {t('language.switchToShort')}
    </button>
  );
}
