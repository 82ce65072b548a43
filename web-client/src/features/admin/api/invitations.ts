import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { versionEtag } from '@/lib/api/etag';
import { ensureOk, unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { membershipsKey } from './memberships';

export type Invitation = components['schemas']['Invitation'];
export type InvitationPage = components['schemas']['PageInvitation'];
export type InvitationInput = components['schemas']['InvitationInput'];
export type InvitationRole = components['schemas']['InvitationRole'];
export type InvitationsParams = { organisationId?: string; page: number; size: number };

export const INVITATION_ROLES: readonly InvitationRole[] = ['PARTNER', 'COACH'];
export const invitationsKey = ['membership-invitations'] as const;

export async function getInvitations(api: ApiClient, { organisationId, page, size }: InvitationsParams): Promise<InvitationPage> {
  const query = { page, size, ...(organisationId ? { organisationId } : {}) };
  return unwrap(await api.GET('/api/v1/membership-invitations', { params: { query } }));
}

export const getInvitationsQueryOptions = endpointQuery(
  (params: InvitationsParams) => [...invitationsKey, params],
  getInvitations,
);

export function useInvitations(params: InvitationsParams) {
  return useApiQuery((api) => getInvitationsQueryOptions(api, params), { placeholderData: keepPreviousData });
}

export async function createInvitation(api: ApiClient, input: InvitationInput): Promise<Invitation> {
  return unwrap(await api.POST('/api/v1/membership-invitations', { body: input }));
}

export function useCreateInvitation() {
  return useApiMutation(createInvitation, { invalidates: () => [invitationsKey] });
}

export async function revokeInvitation(api: ApiClient, invitation: Invitation): Promise<void> {
  ensureOk(
    await api.DELETE('/api/v1/membership-invitations/{invitationId}', {
      params: { path: { invitationId: invitation.id }, header: { 'If-Match': versionEtag(invitation.version) } },
    }),
  );
}

/** Revokes with the version shown; the list is refetched after success and after a refusal (412, 409). */
export function useRevokeInvitation() {
  return useApiMutation(revokeInvitation, { invalidatesSettled: () => [invitationsKey] });
}

export async function redeemInvitation(api: ApiClient, code: string) {
  return unwrap(await api.POST('/api/v1/membership-invitations/redemptions', { body: { code } }));
}

/** Redeems an invitation; the signed-in user's organisation (the "me" cache) and member lists are refetched. */
export function useRedeemInvitation() {
  return useApiMutation(redeemInvitation, { invalidates: () => [['me'], membershipsKey] });
}
