import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { renderApp } from '@/test/render-app';
import { topics } from '@/test/coach-fixtures';
import { moduleSummary, modulePage, pathPage } from '../testing/fixtures';

const modulesPath = '/api/v1/learning-modules';
const listRequests = (requests: Request[]) => requests.filter((request) => new URL(request.url).pathname === modulesPath);

function stub(body = modulePage()) {
  return stubApi({
    [modulesPath]: () => ({ body }),
    '/api/v1/learning-paths': () => ({ body: pathPage() }),
    '/api/v1/expertise-topics': () => ({ body: topics }),
  });
}

describe('learning space', () => {
  it('lists modules with format, level and minutes, and the learning paths; the nav has "Lernraum"', async () => {
    stub();
    renderApp({ route: '/learning' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Lernraum' })).toBeVisible();
    expect(screen.getByRole('banner').querySelector('a[href="/learning"]')).toHaveTextContent('Lernraum');
    const link = await screen.findByRole('link', { name: 'Förderung für Kulturprojekte im ländlichen Raum finden' });
    expect(link).toHaveAttribute('href', '/learning/modules/foerderung-fuer-kulturprojekte-im-laendlichen-raum');
    const result = link.closest('li')!;
    expect(result).toHaveTextContent('Artikel');
    expect(result).toHaveTextContent('Einstieg');
    expect(result).toHaveTextContent('20 Min.');
    expect(result).toHaveTextContent('Welche Förderprogramme');
    const paths = screen.getByRole('region', { name: 'Lernpfade' });
    expect(await within(paths).findByRole('link', { name: 'Finanzierung sichern' })).toHaveAttribute(
      'href',
      '/learning/paths/finanzierung-sichern',
    );
  });

  it('sends the search term and filters to the API and keeps them in the address', async () => {
    const user = userEvent.setup();
    const { requests } = stub();
    const { router } = renderApp({ route: '/learning' });
    await screen.findByRole('link', { name: /Förderung für Kulturprojekte/ });
    await screen.findByRole('option', { name: 'Finanzierung' });

    await user.type(screen.getByRole('searchbox', { name: 'Lernmodule durchsuchen' }), 'Förderungen');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), 'Finanzierung');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Teilmarkt' }), 'Musikwirtschaft');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'Checkliste');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Niveau' }), 'Vertiefung');

    await waitFor(() => {
      const query = new URL(listRequests(requests).at(-1)!.url).searchParams;
      expect(query.get('q')).toBe('Förderungen');
      expect(query.getAll('topic')).toEqual(['FINANCING']);
      expect(query.getAll('submarket')).toEqual(['MUSIC']);
      expect(query.getAll('format')).toEqual(['CHECKLIST']);
      expect(query.getAll('level')).toEqual(['ADVANCED']);
    });
    const address = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(address)).toEqual({
      q: 'Förderungen',
      topic: 'FINANCING',
      submarket: 'MUSIC',
      format: 'CHECKLIST',
      level: 'ADVANCED',
    });
  });

  it('reads the filters from the address', async () => {
    const { requests } = stub();
    renderApp({ route: '/learning?q=Leerstand&format=CASE_STUDY&level=INTERMEDIATE&topic=BUILDING_LAW&page=2' });
    await screen.findByRole('link', { name: /Förderung für Kulturprojekte/ });
    const query = new URL(listRequests(requests)[0]!.url).searchParams;
    expect(query.get('q')).toBe('Leerstand');
    expect(query.getAll('format')).toEqual(['CASE_STUDY']);
    expect(query.getAll('level')).toEqual(['INTERMEDIATE']);
    expect(query.getAll('topic')).toEqual(['BUILDING_LAW']);
    expect(query.get('page')).toBe('1');
    expect(screen.getByRole('searchbox', { name: 'Lernmodule durchsuchen' })).toHaveValue('Leerstand');
  });

  it("renders the snippet's <mark> highlights and no other markup", async () => {
    stub(
      modulePage([
        moduleSummary({
          snippet: 'Die passende <mark>Förderung</mark> &amp; mehr <img src=x onerror="alert(1)"><b>fett</b> <mark>finden</mark>',
        }),
      ]),
    );
    renderApp({ route: '/learning?q=F%C3%B6rderungen' });
    const link = await screen.findByRole('link', { name: /Förderung für Kulturprojekte/ });
    const result = link.closest('li')!;
    const marks = result.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['Förderung', 'finden']);
    expect(result.querySelector('img')).toBeNull();
    expect(result.querySelector('b')).toBeNull();
    expect(result).toHaveTextContent('Förderung & mehr <img src=x onerror="alert(1)"><b>fett</b> finden');
    expect(result).not.toHaveTextContent('Welche Förderprogramme');
  });
});
