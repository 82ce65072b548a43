import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { problem, stubApi } from '@/test/fake-api';
import { paula } from '@/test/fixtures';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';

function detail(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling as HTMLElement;
}

describe('account page', () => {
  it('shows name, username, translated roles and organisation of the signed-in user', async () => {
    const { requests } = stubApi({ '/api/v1/me': () => ({ body: paula }) });
    renderApp({ route: '/account', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    expect(screen.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
    await screen.findByText('Benutzername');
    expect(detail('Name')).toHaveTextContent('Paula Partner (Demo)');
    expect(detail('Benutzername')).toHaveTextContent('partner');
    const roles = within(detail('Rollen')).getAllByRole('listitem');
    expect(roles.map((role) => role.textContent)).toEqual(['Partner']);
    expect(detail('Organisation')).toHaveTextContent('Künstlerstadt Kalbe e.V.');
    expect(screen.queryByText('Bundesländer')).not.toBeInTheDocument();
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('says "keine Organisation" and lists state names for an advisor', async () => {
    stubApi({
      '/api/v1/me': () => ({
        body: {
          ...paula,
          name: 'Anna Advisor (Demo)',
          username: 'advisor',
          roles: ['advisor', 'coach'],
          states: ['SN', 'TH'],
          organisation: null,
        },
      }),
    });
    renderApp({ route: '/account', auth: signedInAuth('Anna Advisor (Demo)', ['advisor']) });

    await screen.findByText('Benutzername');
    expect(detail('Organisation')).toHaveTextContent('keine Organisation');
    expect(detail('Bundesländer')).toHaveTextContent('Sachsen, Thüringen');
    expect(
      within(detail('Rollen'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Regionalberatung', 'Coach']);
  });

  it('shows the account in English', async () => {
    await i18n.changeLanguage('en');
    stubApi({ '/api/v1/me': () => ({ body: { ...paula, roles: ['coordinator'], organisation: null } }) });
    renderApp({ route: '/account', auth: signedInAuth('Paula Partner (Demo)') });

    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    await screen.findByText('Username');
    expect(detail('Roles')).toHaveTextContent('Coordination');
    expect(detail('Organisation')).toHaveTextContent('no organisation');
  });

  it('asks anonymous visitors to log in and does not call the API', async () => {
    const user = userEvent.setup();
    const { fetchStub } = stubApi({ '/api/v1/me': () => ({ body: paula }) });
    const auth = anonymousAuth();
    renderApp({ route: '/account', auth });

    expect(screen.getByText('Bitte melden Sie sich an, um Ihr Konto zu sehen.')).toBeVisible();
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Anmelden' }));
    expect(auth.login).toHaveBeenCalledOnce();
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('shows the problem the API reports', async () => {
    stubApi({ '/api/v1/me': () => problem(401, 'Unauthorized', 'Das Zugriffstoken ist abgelaufen.') });
    renderApp({ route: '/account', auth: signedInAuth('Paula Partner (Demo)') });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unauthorized');
    expect(alert).toHaveTextContent('Das Zugriffstoken ist abgelaufen.');
  });
});
