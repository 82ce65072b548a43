import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';
import { coachPage, mara, topics } from '@/test/coach-fixtures';

function detail(scope: HTMLElement, term: string): HTMLElement {
  return within(scope).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('coach directory', () => {
  it('shows name, bio, German topic names, states, languages, and contact only where the API sends it', async () => {
    const user = userEvent.setup();
    stubApi({
      '/api/v1/coaches': () => ({ body: coachPage() }),
      '/api/v1/expertise-topics': () => ({ body: topics }),
    });
    renderApp({ route: '/', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    await user.click(within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).getByRole('link', { name: 'Coaches' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Coaches' })).toBeVisible();
    const list = await screen.findByRole('region', { name: 'Coachliste' });
    expect(within(list).getByText('2 Coaches')).toBeVisible();
    const [claraCard, maraCard] = within(list).getAllByRole('article');
    expect(within(claraCard!).getByRole('heading', { name: 'Clara Coach (Demo)' })).toBeVisible();
    expect(within(claraCard!).getByText(/Begleitet Vereine/)).toBeVisible();
    expect(
      within(detail(claraCard!, 'Themen'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Organisationsentwicklung', 'Finanzierung']);
    expect(detail(claraCard!, 'Bundesländer')).toHaveTextContent('Sachsen-Anhalt, Bayern, Sachsen');
    expect(detail(claraCard!, 'Sprachen')).toHaveTextContent('Deutsch, Englisch');
    expect(within(claraCard!).getByRole('link', { name: 'coach@demo.kreativland.example' })).toHaveAttribute(
      'href',
      'mailto:coach@demo.kreativland.example',
    );
    expect(within(claraCard!).getByRole('link', { name: '+49 30 5550 0103' })).toHaveAttribute('href', 'tel:+493055500103');

    expect(detail(maraCard!, 'Sprachen')).toHaveTextContent('Deutsch, Niederländisch');
    expect(within(maraCard!).queryByText('Kontakt')).not.toBeInTheDocument();
    expect(within(maraCard!).queryByRole('link')).not.toBeInTheDocument();
  });

  it('filters by topic and state on the server and keeps the filters in the address', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      '/api/v1/coaches': (request) =>
        new URL(request.url).searchParams.get('topic') ? { body: coachPage([mara]) } : { body: coachPage() },
      '/api/v1/expertise-topics': () => ({ body: topics }),
    });
    const { router } = renderApp({ route: '/coaches', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    await screen.findByText('2 Coaches');
    const filters = screen.getByRole('search', { name: 'Coaches filtern' });
    await within(filters).findByRole('option', { name: 'Marketing' });
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Thema' }), 'Marketing');
    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Bundesland' }), 'Nordrhein-Westfalen');
    await user.click(within(filters).getByRole('button', { name: 'Filter anwenden' }));

    expect(await screen.findByText('1 Coach')).toBeVisible();
    const url = new URL(requests.filter((request) => new URL(request.url).pathname === '/api/v1/coaches').at(-1)!.url);
    expect(url.searchParams.get('topic')).toBe('MARKETING');
    expect(url.searchParams.get('region')).toBe('NW');
    expect(router.state.location.search).toBe('?topic=MARKETING&region=NW');
    expect(within(screen.getByRole('search')).getByRole('combobox', { name: 'Thema' })).toHaveDisplayValue('Marketing');
  });

  it('asks anonymous visitors to log in', () => {
    const { fetchStub } = stubApi({});
    renderApp({ route: '/coaches', auth: anonymousAuth() });

    expect(screen.getByText('Bitte melden Sie sich an, um diese Seite zu sehen.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Coaches' })).not.toBeInTheDocument();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});
