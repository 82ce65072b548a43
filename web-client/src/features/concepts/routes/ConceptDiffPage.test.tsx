import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import { CONCEPT_ID } from '@/test/concept-fixtures';
import { conceptPath, diff, versions } from '../testing/fixtures';

describe('version diff', () => {
  it('lists the changed sections first with before and after, the plan step by step, unchanged ones collapsed', async () => {
    const { requests } = stubApi({
      [`${conceptPath}/versions`]: () => ({ body: versions }),
      [`${conceptPath}/diff`]: () => ({ body: diff }),
    });
    renderApp({ route: `/concepts/${CONCEPT_ID}/diff?from=1&to=2`, auth: signedInAuth('Clara Coach (Demo)', ['coach']) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Versionen vergleichen' })).toBeVisible();
    expect(await screen.findByText('2 Abschnitte geändert')).toBeVisible();
    const diffRequest = new URL(requests.find((request) => request.url.includes('/diff'))!.url);
    expect(diffRequest.searchParams.get('from')).toBe('1');
    expect(diffRequest.searchParams.get('to')).toBe('2');

    const changed = screen.getByRole('region', { name: 'Geänderte Abschnitte' });
    expect(
      within(changed)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Finanzierung', 'Transferplan']);
    const financing = within(changed).getByRole('region', { name: 'Finanzierung' });
    expect(within(financing).getByRole('heading', { level: 4, name: 'Version 1' })).toBeVisible();
    expect(within(financing).getByRole('heading', { level: 4, name: 'Version 2' })).toBeVisible();
    expect(financing).toHaveTextContent('Projektförderungen.');
    expect(financing).toHaveTextContent('Projektförderungen und ein Kostenplan für drei Jahre.');

    const plan = within(changed).getByRole('region', { name: 'Transferplan' });
    const steps = within(plan).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent('Position 1 Unverändert');
    expect(steps[1]).toHaveTextContent('Position 2 Geändert');
    expect(steps[1]).toHaveTextContent('Förderung suchen');
    expect(steps[1]).toHaveTextContent('Förderung beantragen');
    expect(steps[2]).toHaveTextContent('Position 3 Hinzugefügt');
    expect(steps[2]).toHaveTextContent('Offene Ateliers feiern');

    const unchanged = screen.getByRole('region', { name: 'Unveränderte Abschnitte' });
    const details = unchanged.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(unchanged).getByText('9 unveränderte Abschnitte')).toBeVisible();
  });

  it('compares the versions chosen in the pickers', async () => {
    const user = userEvent.setup();
    const threeVersions = {
      ...versions,
      items: [{ ...versions.items[0]!, number: 3 }, ...versions.items],
      totalItems: 3,
    };
    const { requests } = stubApi({
      [`${conceptPath}/versions`]: () => ({ body: threeVersions }),
      [`${conceptPath}/diff`]: () => ({ body: diff }),
    });
    const { router } = renderApp({ route: `/concepts/${CONCEPT_ID}/diff`, auth: signedInAuth('Konrad', ['coordinator']) });

    const from = await screen.findByRole('combobox', { name: 'Ältere Version' });
    expect(from).toHaveValue('2');
    expect(screen.getByRole('combobox', { name: 'Neuere Version' })).toHaveValue('3');
    await user.selectOptions(from, '1');
    await user.click(screen.getByRole('button', { name: 'Vergleichen' }));

    await waitFor(() => expect(router.state.location.search).toBe('?from=1&to=3'));
    await waitFor(() => {
      const last = new URL(requests.filter((request) => request.url.includes('/diff')).at(-1)!.url);
      expect([last.searchParams.get('from'), last.searchParams.get('to')]).toEqual(['1', '3']);
    });
  });
});
