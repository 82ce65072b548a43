import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// The coordinator proposes a tandem through the real Keycloak and API: the tandem board for the published
// concept of Künstlerkolonie Fichtelgebirge e.V. (demo world) ranks candidates with their reasons; the top
// suggestion becomes a PROPOSED tandem. Re-runnable: a candidate with an open tandem of the concept is no
// longer suggested, so each run takes whichever candidate is first now (it needs no reason).
const conceptTitle = 'Netzwerk der Kreativen im ländlichen Raum';

test('the coordinator proposes the top-ranked suggestion for the Fichtelgebirge concept and lands on the new tandem', async ({
  page,
}) => {
  test.setTimeout(120_000);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'coordinator', 'coordinator');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();

  await banner.getByRole('link', { name: 'Tandems', exact: true }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Tandems' })).toBeVisible();
  await main.getByRole('link', { name: 'Tandem vorschlagen' }).click();
  await expect(page).toHaveURL(/\/tandems\/suggest$/);
  await expect(main.getByRole('heading', { level: 1, name: 'Tandem vorschlagen' })).toBeVisible();

  await main.getByRole('link', { name: `${conceptTitle} (Künstlerkolonie Fichtelgebirge e.V.)` }).click();
  await expect(page).toHaveURL(/\/tandems\/suggest\?conceptId=[0-9a-f-]{36}$/);
  await expect(main.getByRole('heading', { level: 2, name: `Vorschläge für „${conceptTitle}“` })).toBeVisible();

  // Ranked suggestions, each with its score and its reasons with their shares.
  const first = main.getByRole('article').first();
  await expect(first).toBeVisible();
  await expect(first.getByRole('heading', { level: 3 })).toContainText(/^Platz \d+/);
  await expect(first).toContainText(/Punktzahl: \d+ %/);
  await expect(first.getByRole('listitem').first()).toContainText(/Anteil \d+ von höchstens \d+ Prozentpunkten/);
  await expect(first.getByRole('meter').first()).toBeVisible();
  await expectNoAxeViolations(page);

  const organisation = ((await first.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(/^Platz \d+\s*/, '').trim();
  expect(organisation).not.toBe('');
  await first.getByRole('button', { name: /^Tandem vorschlagen/ }).click();
  const dialog = page.getByRole('dialog', { name: `Tandem vorschlagen: ${organisation}` });
  await expect(dialog).toBeVisible();
  // The first suggestion is the top-ranked one: the reason is optional.
  await expect(dialog.getByRole('textbox', { name: 'Begründung (optional)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Vorschlagen' }).click();

  await expect(page).toHaveURL(/\/tandems\/[0-9a-f-]{36}$/);
  await expect(
    main.getByRole('heading', { level: 1, name: `Tandem: Künstlerkolonie Fichtelgebirge e.V. und ${organisation}` }),
  ).toBeVisible();
  await expect(main.locator('.tandem-facts')).toContainText('Vorgeschlagen');
  await expect(main.getByRole('link', { name: conceptTitle })).toBeVisible();
  await expect(main.getByText(/^0 von 0 Meilensteinen erledigt$/)).toBeVisible();
  await expect(main.getByRole('heading', { level: 2, name: 'Arbeitsablauf' })).toBeVisible();
  await expect(main.getByRole('heading', { level: 2, name: 'Aktivitäten' })).toBeVisible();
  await expectNoAxeViolations(page);
});
