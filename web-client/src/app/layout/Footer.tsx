import { useTranslation } from 'react-i18next';
import { NewsletterSignUp } from '@/features/newsletter/components/NewsletterSignUpForm';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <NewsletterSignUp />
        <p>{t('footer.programme')}</p>
        <p>
          <strong>{t('footer.demo')}</strong>
        </p>
      </div>
    </footer>
  );
}
