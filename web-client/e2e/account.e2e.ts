import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

test('partner demo user logs in, sees the account and logs out again', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await loginThroughKeycloak(page, 'partner', 'partner');

  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await expect(banner).toContainText('Paula Partner (Demo)');

  await banner.getByRole('link', { name: 'Mein Konto' }).click();

  await expect(page).toHaveURL(/\/account$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  await expect(main.getByText('Paula Partner (Demo)')).toBeVisible();
  await expect(main.getByRole('listitem').filter({ hasText: /^Partner$/ })).toBeVisible();
  await expect(main.getByText('Künstlerstadt Kalbe e.V.')).toBeVisible();
  await expectNoAxeViolations(page);

  await banner.getByRole('button', { name: 'Abmelden' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Beste-Praxis-PartnerInnen im ländlichen Raum' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Anmelden' })).toBeVisible();
});

test('wrong password shows the Keycloak error', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await loginThroughKeycloak(page, 'partner', 'not-the-password');

  await expect(page.locator('#input-error, .kc-feedback-text').first()).toHaveText(
    /Invalid username or password|Ungültiger Benutzername oder Passwort/,
  );
  await expect(page.locator('#kc-login')).toBeVisible();
});
