import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// The inbox of the real SMTP server the API sends to (maildev, started by scripts/test.sh): GET /api/email lists every mail.
const MAILDEV = process.env.E2E_MAILDEV_URL ?? 'http://localhost:1081';

type MaildevMail = { subject: string; text: string; to: { address: string }[] };

/** Waits until a mail to the address whose subject contains `words` arrived, and answers it. */
async function mailTo(page: Page, address: string, words: string): Promise<MaildevMail> {
  let found: MaildevMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`${MAILDEV}/api/email`);
        const mails = (await response.json()) as MaildevMail[];
        found = mails.find((mail) => mail.to.some((to) => to.address === address) && mail.subject.includes(words));
        return found !== undefined;
      },
      { timeout: 45_000, intervals: [500, 1000] },
    )
    .toBe(true);
  return found!;
}

function link(mail: MaildevMail, path: string): string {
  const match = mail.text.match(new RegExp(`https?://\\S+${path}\\?token=\\S+`));
  expect(match, mail.text).not.toBeNull();
  return match![0];
}

test('a visitor signs up for the newsletter, confirms with the link from the mail and unsubscribes from the next one', async ({
  page,
}) => {
  const address = `e2e-${Date.now()}@example.org`;
  await page.goto('/');
  await page
    .getByRole('contentinfo')
    .getByRole('button', { name: /Newsletter abonnieren/ })
    .click();
  const form = page.getByRole('form', { name: 'Newsletter' });
  await form.getByRole('textbox', { name: /E-Mail-Adresse/ }).fill(address);
  await form.getByRole('button', { name: 'Abonnieren' }).click();
  await expect(form.getByText('Bitte stimmen Sie zu')).toBeVisible();
  await form.getByRole('checkbox', { name: /Newsletter von KreativLand Transfer per E-Mail erhalten/ }).check();
  await form.getByRole('button', { name: 'Abonnieren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fast geschafft' })).toBeVisible();

  const confirmation = await mailTo(page, address, 'Newsletter-Abonnement');
  expect(confirmation.subject).toBe('Bitte bestätigen Sie Ihr Newsletter-Abonnement');
  const confirmLink = link(confirmation, '/newsletter/confirm');

  // a changed link is refused with a clear message
  await page.goto(confirmLink.replace(/token=(.)/, (_all, first: string) => `token=${first === 'A' ? 'B' : 'A'}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Bestätigung nicht möglich' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('token');

  await page.goto(confirmLink);
  await expect(page.getByRole('heading', { level: 1, name: 'Abonnement bestätigt' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Vielen Dank' })).toBeVisible();
  await expectNoAxeViolations(page);

  const welcome = await mailTo(page, address, 'bestätigt');
  await page.goto(link(welcome, '/newsletter/unsubscribe'));
  await expect(page.getByRole('heading', { level: 1, name: 'Newsletter abbestellen' })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Abgemeldet' })).toBeVisible();
});
