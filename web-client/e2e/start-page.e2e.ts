import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, PARTNERS } from './helpers';

test('anonymous visitor sees the six best-practice partners on the start page', async ({ page }) => {
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Beste-Praxis-PartnerInnen im ländlichen Raum' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The selection e2e may have made a "(Demo)" candidate a best-practice partner; count the real ones.
  const list = page.getByRole('region', { name: 'Partnerliste' }).getByRole('listitem').filter({ hasNotText: '(Demo)' });
  await expect(list).toHaveCount(PARTNERS.length);
  for (const partner of PARTNERS) {
    const item = list.filter({ has: page.getByRole('heading', { name: partner.name, exact: true }) });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(partner.town);
  }
  await expect(page.getByRole('banner').getByRole('button', { name: 'Anmelden' })).toBeVisible();

  await expectNoAxeViolations(page);
});

test('English switch shows the start page in English', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beste-Praxis-PartnerInnen im ländlichen Raum');

  await page.getByRole('button', { name: 'English (EN)' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Best-practice partners in rural areas');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Haldern Pop' })).toBeVisible();
  await expect(page.getByText('North Rhine-Westphalia')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Best-practice partners in rural areas');
  await expectNoAxeViolations(page);
});
