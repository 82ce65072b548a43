import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { problem, stubApi } from '@/test/fake-api';
import { partnerPage, partners } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

describe('start page', () => {
  it('lists partners with name, town, German state name and programme role', async () => {
    stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }) });
    renderApp();

    expect(screen.getByRole('heading', { level: 1, name: 'Beste-Praxis-PartnerInnen im ländlichen Raum' })).toBeVisible();
    const items = within(await screen.findByRole('region', { name: 'Partnerliste' })).getAllByRole('listitem');
    expect(items).toHaveLength(3);

    const kalbe = items[0]!;
    expect(within(kalbe).getByRole('heading', { name: 'Künstlerstadt Kalbe e.V.' })).toBeVisible();
    expect(within(kalbe).getByText('Kalbe (Milde)')).toBeVisible();
    expect(within(kalbe).getByText('Sachsen-Anhalt')).toBeVisible();
    expect(within(kalbe).getByText('Beste-Praxis-PartnerIn')).toBeVisible();
    expect(within(items[1]!).getByText('Bayern')).toBeVisible();
    expect(within(items[2]!).getByText('Nordrhein-Westfalen')).toBeVisible();
    expect(screen.getByText('3 Partner')).toBeVisible();
  });

  it('asks the API for the first page of best-practice partners', async () => {
    const { requests } = stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }) });
    renderApp();

    await screen.findByRole('heading', { name: 'Haldern Pop' });
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get('page')).toBe('0');
    expect(url.searchParams.getAll('programmeRole')).toEqual(['BEST_PRACTICE']);
    expect(requests[0]!.headers.get('Authorization')).toBeNull();
  });

  it('links to the partner directory and each partner to its profile', async () => {
    stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }) });
    renderApp();

    expect(screen.getByRole('link', { name: 'Alle Partner im Partnerverzeichnis' })).toHaveAttribute('href', '/partners');
    expect(await screen.findByRole('link', { name: 'Haldern Pop' })).toHaveAttribute('href', `/partners/${partners[2]!.id}`);
  });

  it('links only to http(s) websites', async () => {
    stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }) });
    renderApp();

    await screen.findByRole('heading', { name: 'Haldern Pop' });
    const links = screen.getAllByRole('link', { name: /Website von/ });
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/kalbe');
  });

  it('shows English state names when English is chosen', async () => {
    await i18n.changeLanguage('en');
    stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }) });
    renderApp();

    expect(await screen.findByText('Saxony-Anhalt')).toBeVisible();
    expect(screen.getByText('Bavaria')).toBeVisible();
    expect(screen.getByText('North Rhine-Westphalia')).toBeVisible();
    expect(screen.getAllByText('Best-practice partner')).toHaveLength(3);
  });

  it('shows a loading message while partners load', async () => {
    stubApi({ '/api/v1/partners': () => new Promise(() => {}) });
    renderApp();

    expect(await screen.findByRole('status')).toHaveTextContent('Partner werden geladen');
  });

  it('shows the title and detail of a problem+json error', async () => {
    stubApi({
      '/api/v1/partners': () => problem(503, 'Dienst nicht verfügbar', 'Die Datenbank antwortet nicht.'),
    });
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dienst nicht verfügbar');
    expect(alert).toHaveTextContent('Die Datenbank antwortet nicht.');
  });

  it('lists the field violations of a validation problem', async () => {
    stubApi({
      '/api/v1/partners': () => ({
        status: 400,
        contentType: 'application/problem+json',
        body: {
          title: 'Constraint Violation',
          status: 400,
          violations: [{ field: 'page', in: 'query', message: 'must be greater than or equal to 0' }],
        },
      }),
    });
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Constraint Violation');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('page: must be greater than or equal to 0');
  });

  it('shows a general message when the API cannot be reached', async () => {
    stubApi({
      '/api/v1/partners': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderApp();

    expect(await screen.findByRole('alert')).toHaveTextContent('Die Daten konnten nicht geladen werden.');
  });

  it('pages through the partners when there is more than one page', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      '/api/v1/partners': (request) =>
        new URL(request.url).searchParams.get('page') === '1'
          ? { body: partnerPage({ items: [partners[2]!], page: 1, totalItems: 3, totalPages: 2 }) }
          : { body: partnerPage({ items: partners.slice(0, 2), totalItems: 3, totalPages: 2 }) },
    });
    const { router } = renderApp();

    await screen.findByRole('heading', { name: 'Künstlerstadt Kalbe e.V.' });
    const pages = screen.getByRole('navigation', { name: 'Seiten' });
    expect(within(pages).getByText('Seite 1 von 2')).toBeVisible();
    expect(within(pages).getByRole('button', { name: 'Vorherige Seite' })).toBeDisabled();

    await user.click(within(pages).getByRole('button', { name: 'Nächste Seite' }));

    expect(await screen.findByRole('heading', { name: 'Haldern Pop' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Künstlerstadt Kalbe e.V.' })).not.toBeInTheDocument();
    expect(screen.getByText('Seite 2 von 2')).toBeVisible();
    expect(router.state.location.search).toBe('?page=2');
    expect(new URL(requests.at(-1)!.url).searchParams.get('page')).toBe('1');
  });

  it('hides the page controls when everything fits on one page', async () => {
    stubApi({ '/api/v1/partners': () => ({ body: partnerPage() }) });
    renderApp();

    await screen.findByRole('heading', { name: 'Haldern Pop' });
    expect(screen.queryByRole('navigation', { name: 'Seiten' })).not.toBeInTheDocument();
  });
});
