import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

test.describe('on a phone (390 px wide)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu opens from a button, by keyboard too, and leads to the directory', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    const menu = nav.getByRole('button', { name: 'Menü' });
    await expect(menu).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Partner', exact: true })).toBeHidden();
    await expectNoAxeViolations(page);

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('list', { name: 'Öffentlich' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: 'Partner', exact: true })).toBeHidden();
    await expect(menu).toBeFocused();

    await menu.click();
    await nav.getByRole('link', { name: 'Partner', exact: true }).click();
    await expect(page).toHaveURL(/\/partners$/);
    await expect(nav.getByRole('link', { name: 'Partner', exact: true })).toBeHidden();
  });

  test('the directory shows its first result without scrolling past the filters', async ({ page }) => {
    await page.goto('/partners');
    await expect(page.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' })).toBeVisible();
    const first = page.getByRole('region', { name: 'Partnerliste' }).getByRole('heading', { level: 2 }).first();
    await expect(first).toBeInViewport();
    const state = page.getByRole('checkbox', { name: 'Hessen', exact: true });
    await expect(state).toBeHidden();
    await expectNoAxeViolations(page);

    await page.getByText('Filter', { exact: true }).click();
    await state.check();
    await expect(page).toHaveURL(/[?&]state=HE(&|$)/);
    await expect(page.getByText('Filter (1 aktiv)')).toBeVisible();
  });

  test('an admin sees the groups of their work, programme management and administration', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await loginThroughKeycloak(page, 'admin', 'admin');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('button', { name: 'Menü' }).click();
    for (const group of ['Öffentlich', 'Meine Arbeit', 'Programmsteuerung', 'Verwaltung']) {
      await expect(nav.getByRole('list', { name: group })).toBeVisible();
    }
    await nav.getByRole('list', { name: 'Verwaltung' }).getByRole('link', { name: 'Datenschutz' }).click();
    await expect(page).toHaveURL(/\/privacy$/);
  });
});

test('on a wide screen every group is visible without a menu button', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('button', { name: 'Menü' })).toBeHidden();
  await expect(nav.getByRole('list', { name: 'Öffentlich' }).getByRole('link', { name: 'Partner', exact: true })).toBeVisible();
});
