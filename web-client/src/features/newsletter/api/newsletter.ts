import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type NewsletterConsent = components['schemas']['NewsletterConsent'];
export type NewsletterSignUp = components['schemas']['NewsletterSignUp'];
export type NewsletterStatus = components['schemas']['NewsletterStatus'];
type Language = 'de' | 'en';

export async function getNewsletterConsent(api: ApiClient, language: Language): Promise<NewsletterConsent> {
  return unwrap(await api.GET('/api/v1/newsletter/consent', { params: { query: { language } } }));
}

const consentQueryOptions = endpointQuery((language: Language) => ['newsletter', 'consent', language], getNewsletterConsent, {
  staleTime: 60 * 60 * 1000,
});

/** The consent text shown beside the sign-up form, in the page's language. */
export function useNewsletterConsent(language: Language) {
  return useApiQuery((api) => consentQueryOptions(api, language));
}

export async function signUpForNewsletter(api: ApiClient, input: NewsletterSignUp): Promise<NewsletterStatus> {
  return unwrap(await api.POST('/api/v1/newsletter/subscriptions', { body: input }));
}

export function useSignUpForNewsletter() {
  return useApiMutation(signUpForNewsletter);
}

export async function confirmNewsletter(api: ApiClient, token: string): Promise<NewsletterStatus> {
  return unwrap(await api.POST('/api/v1/newsletter/confirmations', { body: { token } }));
}

export function useConfirmNewsletter() {
  return useApiMutation(confirmNewsletter);
}

export async function unsubscribeNewsletter(api: ApiClient, token: string): Promise<NewsletterStatus> {
  return unwrap(await api.POST('/api/v1/newsletter/unsubscriptions', { body: { token } }));
}

export function useUnsubscribeNewsletter() {
  return useApiMutation(unsubscribeNewsletter);
}
