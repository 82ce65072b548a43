import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type MailPreferences = components['schemas']['MailPreferences'];
export type MailPreferencesInput = components['schemas']['MailPreferencesInput'];
/** The preferences with the ETag they were read at, sent back as If-Match. */
export type VersionedMailPreferences = { preferences: MailPreferences; etag: string };

export const MAIL_KINDS = ['conceptSubmitted', 'conceptReviewed', 'moduleSubmitted', 'milestoneDue'] as const;
export const mailPreferencesKey = ['me', 'mail-preferences'] as const;

export async function getMailPreferences(api: ApiClient): Promise<VersionedMailPreferences> {
  const result = await api.GET('/api/v1/me/mail-preferences');
  return { preferences: unwrap(result), etag: result.response.headers.get('ETag') ?? '"0"' };
}

const mailPreferencesQueryOptions = endpointQuery(() => mailPreferencesKey, getMailPreferences);

export function useMailPreferences({ enabled }: { enabled: boolean }) {
  return useApiQuery(mailPreferencesQueryOptions, { enabled });
}

export async function updateMailPreferences(
  api: ApiClient,
  { etag, input }: { etag: string; input: MailPreferencesInput },
): Promise<MailPreferences> {
  return unwrap(await api.PUT('/api/v1/me/mail-preferences', { params: { header: { 'If-Match': etag } }, body: input }));
}

/** Saves; the preferences are read again (new ETag) after success and after a refusal such as 412. */
export function useUpdateMailPreferences() {
  return useApiMutation(updateMailPreferences, { invalidatesSettled: () => [mailPreferencesKey] });
}
