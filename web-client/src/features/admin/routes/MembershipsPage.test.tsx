import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';

const HALDERN = { id: '5b0c2d4e-1a01-4f6e-9c10-000000000003', name: 'Haldern Pop' };
const page = <T,>(items: T[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
const invitation = {
  id: '11111111-1111-4111-8111-111111111111',
  organisation: HALDERN,
  role: 'PARTNER',
  code: 'abcdefghijklmnopqrstuvwx',
  expiresAt: '2026-12-21T10:00:00Z',
  status: 'OPEN',
  createdAt: '2026-12-07T10:00:00Z',
  createdBy: 'admin',
  version: 3,
};

function stubAdminApi() {
  return stubApi({
    '/api/v1/organisations': () => ({ body: page([{ ...HALDERN, town: 'Rees' }]) }),
    '/api/v1/memberships': () => ({
      body: page([
        {
          subject: 'sub-1',
          organisation: HALDERN,
          createdAt: '2026-12-07T10:00:00Z',
          createdBy: 'admin',
          memberName: 'Nina Neu (Demo)',
          memberRoles: 'partner',
        },
      ]),
    }),
    '/api/v1/membership-invitations': (request) =>
      request.method === 'POST' ? { status: 201, body: invitation } : { body: page([invitation]) },
    [`/api/v1/membership-invitations/${invitation.id}`]: () => problem(412, 'Precondition Failed'),
  });
}

describe('memberships screen', { timeout: 30_000 }, () => {
  it('shows each member with name, roles and organisation, and invites into an organisation', async () => {
    const user = userEvent.setup();
    const { requests } = stubAdminApi();
    renderApp({ route: '/admin/memberships', auth: signedInAuth('Ada Admin (Demo)', ['admin']) });

    const members = await screen.findByRole('region', { name: 'Mitglieder' }, { timeout: 5000 });
    expect(within(members).getByRole('row', { name: /Nina Neu \(Demo\).*PartnerIn.*Haldern Pop/ })).toBeVisible();

    const form = screen.getByRole('form', { name: 'Person einladen' });
    await user.click(within(form).getByRole('button', { name: 'Einladung erstellen' }));
    expect(within(form).getByText('Bitte wählen Sie eine Organisation.')).toBeVisible();

    const organisation = within(form).getByRole('combobox', { name: /^Organisation/ });
    await within(organisation).findByRole('option', { name: 'Haldern Pop (Rees)' });
    await user.selectOptions(organisation, HALDERN.id);
    await user.click(within(form).getByRole('button', { name: 'Einladung erstellen' }));

    expect(await within(form).findByText('Einladung für Haldern Pop erstellt.')).toBeVisible();
    expect(within(form).getByRole('textbox', { name: 'Einladungslink zum Weitergeben' })).toHaveValue(
      `${window.location.origin}/invitations/${invitation.code}`,
    );
    const sent = requests.find((request) => request.method === 'POST')!;
    expect(await sent.json()).toEqual({ organisationId: HALDERN.id, role: 'PARTNER', validDays: 14 });
  });

  it('asks before revoking, sends the version shown and explains a 412', async () => {
    const user = userEvent.setup();
    const { requests } = stubAdminApi();
    renderApp({ route: '/admin/memberships', auth: signedInAuth('Ada Admin (Demo)', ['admin']) });

    const invitations = await screen.findByRole('region', { name: 'Einladungen' }, { timeout: 5000 });
    await user.click(within(invitations).getByRole('button', { name: 'Widerrufen Haldern Pop' }));
    const dialog = screen.getByRole('dialog', { name: 'Einladung widerrufen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Widerrufen' }));

    expect(await within(dialog).findByText(/inzwischen geändert/)).toBeVisible();
    const revoke = requests.find((request) => request.method === 'DELETE')!;
    expect(revoke.headers.get('If-Match')).toBe('"3"');
  });

  it('is for admins only', () => {
    stubAdminApi();
    renderApp({ route: '/admin/memberships', auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']) });
    expect(screen.getByText('Die Verwaltung ist für AdministratorInnen.')).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Person einladen' })).not.toBeInTheDocument();
  });
});
