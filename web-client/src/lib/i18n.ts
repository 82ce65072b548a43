import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import deAccount from '@/locales/de/account.json';
import deAdmin from '@/locales/de/admin.json';
import deDashboard from '@/locales/de/dashboard.json';
import deAudit from '@/locales/de/audit.json';
import deCoaching from '@/locales/de/coaching.json';
import deEvents from '@/locales/de/events.json';
import deCommon from '@/locales/de/common.json';
import deConcepts from '@/locales/de/concepts.json';
import deLearning from '@/locales/de/learning.json';
import deMetrics from '@/locales/de/metrics.json';
import deNewsletter from '@/locales/de/newsletter.json';
import deNotifications from '@/locales/de/notifications.json';
import deOrganisations from '@/locales/de/organisations.json';
import dePartners from '@/locales/de/partners.json';
import dePortraits from '@/locales/de/portraits.json';
import dePrivacy from '@/locales/de/privacy.json';
import deSelection from '@/locales/de/selection.json';
import deTandems from '@/locales/de/tandems.json';
import enAccount from '@/locales/en/account.json';
import enAdmin from '@/locales/en/admin.json';
import enDashboard from '@/locales/en/dashboard.json';
import enAudit from '@/locales/en/audit.json';
import enCoaching from '@/locales/en/coaching.json';
import enEvents from '@/locales/en/events.json';
import enCommon from '@/locales/en/common.json';
import enConcepts from '@/locales/en/concepts.json';
import enLearning from '@/locales/en/learning.json';
import enMetrics from '@/locales/en/metrics.json';
import enNewsletter from '@/locales/en/newsletter.json';
import enNotifications from '@/locales/en/notifications.json';
import enOrganisations from '@/locales/en/organisations.json';
import enPartners from '@/locales/en/partners.json';
import enPortraits from '@/locales/en/portraits.json';
import enPrivacy from '@/locales/en/privacy.json';
import enSelection from '@/locales/en/selection.json';
import enTandems from '@/locales/en/tandems.json';

export const resources = {
  de: {
    common: deCommon,
    partners: dePartners,
    account: deAccount,
    organisations: deOrganisations,
    selection: deSelection,
    coaching: deCoaching,
    concepts: deConcepts,
    learning: deLearning,
    tandems: deTandems,
    metrics: deMetrics,
    privacy: dePrivacy,
    admin: deAdmin,
    dashboard: deDashboard,
    newsletter: deNewsletter,
    notifications: deNotifications,
    portraits: dePortraits,
    events: deEvents,
    audit: deAudit,
  },
  en: {
    common: enCommon,
    partners: enPartners,
    account: enAccount,
    organisations: enOrganisations,
    selection: enSelection,
    coaching: enCoaching,
    concepts: enConcepts,
    learning: enLearning,
    tandems: enTandems,
    metrics: enMetrics,
    privacy: enPrivacy,
    admin: enAdmin,
    dashboard: enDashboard,
    newsletter: enNewsletter,
    notifications: enNotifications,
    portraits: enPortraits,
    events: enEvents,
    audit: enAudit,
  },
} as const;

export type Language = keyof typeof resources;
export const languages = Object.keys(resources) as Language[];
export const defaultLanguage: Language = 'de';
export const languageStorageKey = 'kreativland.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
});

void i18next.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  ns: [
    'common',
    'partners',
    'account',
    'organisations',
    'selection',
    'coaching',
    'concepts',
    'learning',
    'tandems',
    'metrics',
    'privacy',
  ],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
});
document.documentElement.lang = i18next.language;

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage;
}

export default i18next;
