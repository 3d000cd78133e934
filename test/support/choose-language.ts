import type { Page } from 'playwright-core';

/**
 * Picks a language in the top bar and waits until the page has switched: a language's strings are a chunk of their
 * own, fetched before the switch, so the page is not in the new language the moment the option is chosen.
 */
export async function chooseLanguage(page: Page, language: string): Promise<void> {
  await page.getByTestId('language-switch').selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}
