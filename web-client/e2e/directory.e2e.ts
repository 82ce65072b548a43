import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, PARTNERS } from './helpers';

test('anonymous visitor filters the directory by state and the filter lands in the address', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Partner', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Partnerliste' });
  await expect(page.getByText(/^\d+ Partner gefunden$/)).toBeVisible();
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Hessen: in the demo world only the best-practice partner Kulturfeld Eschwege.
  await page.getByRole('checkbox', { name: 'Hessen', exact: true }).check();

  await expect(page).toHaveURL(/[?&]state=HE(&|$)/);
  await expect(list.getByRole('heading', { level: 2 })).toHaveText(['Kulturfeld Eschwege']);
  await expect(page.getByText('1 Partner gefunden')).toBeVisible();

  // The filtered view can be linked: opening the address shows the same result.
  await page.goto(page.url());
  await expect(page.getByRole('checkbox', { name: 'Hessen', exact: true })).toBeChecked();
  await expect(list.getByRole('heading', { level: 2 })).toHaveText(['Kulturfeld Eschwege']);
});

test('German full-text search finds Haldern Pop by an inflected word of its description', async ({ page }) => {
  await page.goto('/partners');
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Suche' }).fill('Musikfestivals');
  await page.getByRole('button', { name: 'Suchen', exact: true }).click();

  await expect(page).toHaveURL(/[?&]q=Musikfestivals/);
  const list = page.getByRole('region', { name: 'Partnerliste' });
  await expect(list.getByRole('heading', { level: 2, name: 'Haldern Pop', exact: true })).toBeVisible();
  await expect(list.getByRole('heading', { level: 2, name: 'Künstlerstadt Kalbe e.V.' })).toHaveCount(0);
});

test('map view shows a marker per best-practice partner without loading tiles', async ({ page }) => {
  // There is no network here, and the test must not depend on it: tile requests fail at once.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto('/partners?programmeRole=BEST_PRACTICE');
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' })).toBeVisible();

  await page.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Karte' }).click();

  await expect(page).toHaveURL(/[?&]view=map/);
  const map = page.getByRole('region', { name: 'Karte der Partner' });
  await expect(map.locator('.leaflet-marker-icon')).toHaveCount(PARTNERS.length);
  for (const partner of PARTNERS) {
    await expect(map.getByRole('button', { name: partner.name, exact: true })).toHaveCount(1);
  }

  await map.getByRole('button', { name: 'Haldern Pop', exact: true }).click();
  await page.getByRole('link', { name: 'Zum Profil von Haldern Pop' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Haldern Pop' })).toBeVisible();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
});

test('partner page shows the public profile and passes axe', async ({ page }) => {
  await page.goto('/partners?q=Fichtelgebirge');
  await page.getByRole('link', { name: 'Künstlerkolonie Fichtelgebirge e.V.', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Künstlerkolonie Fichtelgebirge e.V.' })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Steckbrief' });
  await expect(facts).toContainText('Netzwerk');
  await expect(facts).toContainText('Wunsiedel');
  await expect(facts).toContainText('Landkreis Wunsiedel im Fichtelgebirge');
  await expect(facts).toContainText('Bayern');
  await expect(facts).toContainText('kleine Kleinstadt');
  await expect(facts).toContainText('2012');
  await expect(page.getByRole('region', { name: 'Beschreibung' })).toContainText('Rund 120 Mitglieder');
  await expectNoAxeViolations(page);
});
