import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { languageStorageKey } from '@/lib/i18n';
import { stubApi } from '@/test/fake-api';
import { partnerPage, paula } from '@/test/fixtures';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';

function stubPartners() {
  stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }), '/api/v1/me': () => ({ body: paula }) });
}

describe('layout', () => {
  it('has a skip link to the main landmark, a banner, navigation and a footer noting demo data', async () => {
    stubPartners();
    renderApp();

    const skipLink = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(skipLink).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(within(screen.getByRole('banner')).getByText('KreativLand Transfer')).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/Demo-Daten/);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await screen.findByRole('heading', { name: 'Haldern Pop' });
  });

  it('starts in German with html lang="de"', () => {
    stubPartners();
    renderApp();

    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Beste-Praxis-PartnerInnen im ländlichen Raum');
  });

  it('switches to English, sets html lang and remembers the choice, and back to German', async () => {
    const user = userEvent.setup();
    stubPartners();
    renderApp();

    await user.click(screen.getByRole('button', { name: 'English (EN)' }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Best-practice partners in rural areas');
    expect(screen.getByRole('button', { name: 'Log in' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Home' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');
    expect(document.title).toBe('Best-practice partners in rural areas – KreativLand Transfer');

    await user.click(screen.getByRole('button', { name: 'Deutsch (DE)' }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Beste-Praxis-PartnerInnen im ländlichen Raum');
    expect(document.documentElement.lang).toBe('de');
  });

  it('offers login to anonymous visitors and hides "Mein Konto"', async () => {
    const user = userEvent.setup();
    stubPartners();
    const auth = anonymousAuth();
    renderApp({ auth });

    expect(screen.queryByRole('link', { name: 'Mein Konto' })).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Anmelden' }));
    expect(auth.login).toHaveBeenCalledOnce();
  });

  it('shows the signed-in user, "Mein Konto" and a logout button', async () => {
    const user = userEvent.setup();
    stubPartners();
    const auth = signedInAuth('Paula Partner (Demo)', ['partner']);
    renderApp({ auth });

    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Paula Partner (Demo)')).toBeVisible();
    expect(within(banner).getByRole('link', { name: 'Mein Konto' })).toHaveAttribute('href', '/account');
    expect(within(banner).queryByRole('button', { name: 'Anmelden' })).not.toBeInTheDocument();

    await user.click(within(banner).getByRole('button', { name: 'Abmelden' }));
    expect(auth.logout).toHaveBeenCalledOnce();
  });

  it('moves focus to the new page heading after navigating', async () => {
    const user = userEvent.setup();
    stubPartners();
    renderApp({ auth: signedInAuth('Paula Partner (Demo)') });

    await user.click(screen.getByRole('link', { name: 'Mein Konto' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Mein Konto' });
    expect(heading).toHaveFocus();
  });

  it('links the partner directory for everybody and shows "Meine Organisation" to partners with an organisation', async () => {
    stubPartners();
    renderApp({ auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Partner' })).toHaveAttribute('href', '/partners');
    expect(await within(nav).findByRole('link', { name: 'Meine Organisation' })).toHaveAttribute('href', '/my-organisation');
    expect(within(nav).queryByRole('link', { name: 'Organisationen' })).not.toBeInTheDocument();
  });

  it('hides "Meine Organisation" from partner users without an organisation and from anonymous visitors', async () => {
    stubApi({
      '/api/v1/partners': () => ({ body: partnerPage() }),
      '/api/v1/me': () => ({ body: { ...paula, organisation: null } }),
    });
    const { unmount } = renderApp({ auth: signedInAuth('Paula Partner (Demo)', ['partner']) });
    await screen.findByRole('heading', { name: 'Haldern Pop' });
    expect(screen.queryByRole('link', { name: 'Meine Organisation' })).not.toBeInTheDocument();
    unmount();

    renderApp();
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Partner' })).toBeVisible();
    expect(within(nav).queryByRole('link', { name: 'Meine Organisation' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Organisationen' })).not.toBeInTheDocument();
  });

  it('shows "Organisationen" to coordinators, admins and advisors', () => {
    for (const role of ['coordinator', 'admin', 'advisor']) {
      stubPartners();
      const { unmount } = renderApp({ auth: signedInAuth('Demo', [role]) });
      expect(screen.getByRole('link', { name: 'Organisationen' }), role).toHaveAttribute('href', '/organisations');
      unmount();
    }
  });

  it('groups the menu by what a person does and shows only the groups the role has', () => {
    const groupsFor = (roles: string[] | null) => {
      stubPartners();
      const { unmount } = renderApp({ auth: roles ? signedInAuth('Demo', roles) : anonymousAuth() });
      const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
      const names = within(nav)
        .getAllByRole('list')
        .map((list) => list.getAttribute('aria-labelledby'))
        .map((id) => document.getElementById(id ?? '')?.textContent);
      unmount();
      return names;
    };
    expect(groupsFor(null)).toEqual(['Öffentlich']);
    expect(groupsFor(['partner'])).toEqual(['Öffentlich', 'Meine Arbeit']);
    expect(groupsFor(['coordinator'])).toEqual(['Öffentlich', 'Meine Arbeit', 'Programmsteuerung']);
    expect(groupsFor(['admin'])).toEqual(['Öffentlich', 'Meine Arbeit', 'Programmsteuerung', 'Verwaltung']);
  });

  it('puts each link in its group and marks the current page', () => {
    stubPartners();
    renderApp({ route: '/partners', auth: signedInAuth('Demo', ['admin']) });
    const list = (name: string) => screen.getByRole('list', { name });
    expect(within(list('Öffentlich')).getByRole('link', { name: 'Partner' })).toHaveAttribute('aria-current', 'page');
    expect(within(list('Öffentlich')).getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current');
    expect(within(list('Meine Arbeit')).getByRole('link', { name: 'Mein Konto' })).toBeVisible();
    expect(within(list('Programmsteuerung')).getByRole('link', { name: 'Auswahl' })).toHaveAttribute('href', '/selection');
    expect(within(list('Programmsteuerung')).getByRole('link', { name: 'Kennzahlen erfassen' })).toBeVisible();
    expect(within(list('Verwaltung')).getByRole('link', { name: 'Datenschutz' })).toBeVisible();
    expect(within(list('Verwaltung')).getByRole('link', { name: 'Änderungsprotokoll' })).toHaveAttribute('href', '/admin/audit');
  });

  it('opens and closes the menu from its button, and closes it on Escape with focus back on the button', async () => {
    const user = userEvent.setup();
    stubPartners();
    renderApp();
    const button = screen.getByRole('button', { name: 'Menü' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });
});
