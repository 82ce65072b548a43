/** The web client's address that redeems an invitation. */
export function invitationLink(code: string): string {
  return `${window.location.origin}/invitations/${code}`;
}
