import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { problem, stubApi } from '@/test/fake-api';
import { kalbeProfile } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

function detail(term: string): HTMLElement {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('public partner page', () => {
  it('shows the public profile with German labels', async () => {
    const { requests } = stubApi({ [`/api/v1/partners/${kalbeProfile.id}`]: () => ({ body: kalbeProfile }) });
    renderApp({ route: `/partners/${kalbeProfile.id}` });

    expect(await screen.findByRole('heading', { level: 1, name: 'Künstlerstadt Kalbe e.V.' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Künstlerstadt Kalbe e.V. – KreativLand Transfer');
    expect(screen.getByText('Beste-Praxis-PartnerIn')).toBeVisible();
    expect(screen.getByText(kalbeProfile.summary!)).toBeVisible();
    expect(detail('Art')).toHaveTextContent('Verein');
    expect(detail('Teilmärkte')).toHaveTextContent('Kunstmarkt, Markt für darstellende Künste');
    expect(detail('Ort')).toHaveTextContent('Kalbe (Milde)');
    expect(detail('Landkreis')).toHaveTextContent('Altmarkkreis Salzwedel');
    expect(detail('Bundesland')).toHaveTextContent('Sachsen-Anhalt');
    expect(detail('Siedlungstyp')).toHaveTextContent('kleine Kleinstadt');
    expect(detail('Gründungsjahr')).toHaveTextContent('2013');
    expect(detail('Teamgröße')).toHaveTextContent('7 Personen');
    expect(screen.getByRole('link', { name: 'https://example.org/kalbe' })).toHaveAttribute('href', 'https://example.org/kalbe');
    expect(screen.getByRole('link', { name: 'Zurück zum Partnerverzeichnis' })).toHaveAttribute('href', '/partners');
    expect(requests[0]!.headers.get('Authorization')).toBeNull();
  });

  it("lists the organisation's portraits below its profile, each linked", async () => {
    const { requests } = stubApi({
      [`/api/v1/partners/${kalbeProfile.id}`]: () => ({ body: kalbeProfile }),
      '/api/v1/portraits': () => ({
        body: {
          items: [
            {
              id: 'p-1',
              title: 'Leerstand wird Atelier',
              teaser: 'Ein Haus, zwölf Ateliers.',
              state: 'ST',
              submarkets: [],
              tags: [],
            },
          ],
          page: 0,
          size: 20,
          totalItems: 1,
          totalPages: 1,
        },
      }),
    });
    renderApp({ route: `/partners/${kalbeProfile.id}` });

    const section = await screen.findByRole('region', { name: 'Porträts #flächenglühen' });
    expect(section).toHaveTextContent('Ein Haus, zwölf Ateliers.');
    expect(screen.getByRole('link', { name: 'Leerstand wird Atelier' })).toHaveAttribute('href', '/portraits/p-1');
    const portraitsRequest = requests.find((request) => new URL(request.url).pathname === '/api/v1/portraits')!;
    expect(new URL(portraitsRequest.url).searchParams.get('organisationId')).toBe(kalbeProfile.id);
  });

  it('shows no portrait section when the organisation has none', async () => {
    stubApi({
      [`/api/v1/partners/${kalbeProfile.id}`]: () => ({ body: kalbeProfile }),
      '/api/v1/portraits': () => ({ body: { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 } }),
    });
    renderApp({ route: `/partners/${kalbeProfile.id}` });
    await screen.findByRole('heading', { level: 1, name: 'Künstlerstadt Kalbe e.V.' });
    expect(screen.queryByRole('region', { name: 'Porträts #flächenglühen' })).not.toBeInTheDocument();
  });

  it('shows the description as text, never as markup', async () => {
    stubApi({ [`/api/v1/partners/${kalbeProfile.id}`]: () => ({ body: kalbeProfile }) });
    renderApp({ route: `/partners/${kalbeProfile.id}` });

    const description = await screen.findByText(/Erster Absatz/);
    expect(description).toHaveTextContent('Erster Absatz mit <b>Markup</b>.');
    expect(description.querySelector('b')).toBeNull();
  });

  it('leaves out what is not recorded and links only http(s) websites', async () => {
    stubApi({
      [`/api/v1/partners/${kalbeProfile.id}`]: () => ({
        body: { ...kalbeProfile, website: 'javascript:alert(1)', foundingYear: undefined, district: undefined },
      }),
    });
    renderApp({ route: `/partners/${kalbeProfile.id}` });

    await screen.findByRole('heading', { level: 1, name: 'Künstlerstadt Kalbe e.V.' });
    expect(screen.queryByText('Gründungsjahr')).not.toBeInTheDocument();
    expect(screen.queryByText('Landkreis')).not.toBeInTheDocument();
    expect(screen.queryByText('Website')).not.toBeInTheDocument();
  });

  it('says when a partner does not exist or is not public', async () => {
    stubApi({ '/api/v1/partners/unknown': () => problem(404, 'Not Found') });
    renderApp({ route: '/partners/unknown' });

    expect(await screen.findByRole('alert')).toHaveTextContent('Diesen Partner gibt es nicht oder er ist nicht öffentlich.');
    expect(screen.getByRole('heading', { level: 1, name: 'Partnerprofil' })).toBeVisible();
  });

  it('shows the profile in English', async () => {
    await i18n.changeLanguage('en');
    stubApi({ [`/api/v1/partners/${kalbeProfile.id}`]: () => ({ body: kalbeProfile }) });
    renderApp({ route: `/partners/${kalbeProfile.id}` });

    await screen.findByRole('heading', { level: 1, name: 'Künstlerstadt Kalbe e.V.' });
    expect(detail('Kind')).toHaveTextContent('Association');
    expect(detail('Settlement type')).toHaveTextContent('Small small town');
    expect(detail('State')).toHaveTextContent('Saxony-Anhalt');
    expect(detail('Team size')).toHaveTextContent('7 people');
  });
});
