import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// The learning space against the demo world (R__50_demo_learning.sql): an anonymous visitor searches and
// reads modules; the partner works through the path "Finanzierung sichern". The partner first takes back
// whatever an earlier run marked done, so the test passes again on a database where it already ran.
const FUNDING = 'Förderung für Kulturprojekte im ländlichen Raum finden';
const KALBE = 'Fallstudie Künstlerstadt Kalbe: Leerstand mit Residenzen beleben';

test('anonymous visitors search the learning space and read modules with licence and provenance', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Lernraum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lernraum' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lernpfade' }).getByRole('link', { name: 'Finanzierung sichern' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('searchbox', { name: 'Lernmodule durchsuchen' }).fill('Förderungen');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/[?&]q=F%C3%B6rderungen/);
  const results = page.getByRole('region', { name: 'Lernmodule' });
  await expect(results.locator('mark').first()).toBeVisible();
  await results.getByRole('link', { name: FUNDING, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: FUNDING })).toBeVisible();
  const licence = page.getByRole('link', { name: /CC BY-SA 4\.0/ });
  await expect(licence).toBeVisible();
  await expect(licence).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/4.0/deed.de');
  await expectNoAxeViolations(page);

  await page.goto('/learning?q=Kalbe');
  await page.getByRole('region', { name: 'Lernmodule' }).getByRole('link', { name: KALBE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: KALBE })).toBeVisible();
  const provenance = page.getByRole('link', { name: /Aus einem Transferkonzept, Abschnitt „Ausgangslage“/ });
  await expect(provenance).toHaveAttribute('href', /^\/concepts\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);
});

test('a signed-in partner marks every module of "Finanzierung sichern" done and sees the path complete', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/learning');
  await expect(page.getByRole('heading', { level: 1, name: 'Lernraum' })).toBeVisible();
  await loginThroughKeycloak(page, 'partner', 'partner');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await page.getByRole('region', { name: 'Lernpfade' }).getByRole('link', { name: 'Finanzierung sichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finanzierung sichern' })).toBeVisible();
  await expect(page.getByText(/\d+ von \d+ erledigt/)).toBeVisible();

  const main = page.getByRole('main');
  // Start from nothing done (an earlier run may have completed the path).
  const undo = main.getByRole('button', { name: /^Erledigt ✓ – zurücknehmen: / });
  for (let left = await undo.count(); left > 0; left -= 1) {
    await undo.first().click();
    await expect(undo).toHaveCount(left - 1);
  }
  await expect(page.getByText(/^0 von \d+ erledigt/)).toBeVisible();
  await expectNoAxeViolations(page);

  const mark = main.getByRole('button', { name: /^Als erledigt markieren: / });
  const total = await mark.count();
  expect(total).toBeGreaterThan(0);
  for (let left = total; left > 0; left -= 1) {
    await mark.first().click();
    await expect(mark).toHaveCount(left - 1);
  }
  await expect(page.getByText(`${total} von ${total} erledigt`)).toBeVisible();
  await expect(page.getByText('(100 %)')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: new RegExp(`${total} von ${total} erledigt`) })).toBeVisible();
});
