import { expect, test } from '@playwright/test';
import { marker } from './helpers';

const kinds = [
  '/',
  '/places/luhansk',
  '/articles/putin-keeps-all-options-open/read',
  '/brief/luhansk',
  '/handout',
  '/embed/luhansk',
  '/embed',
];

test.describe('security headers (next start)', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === 'static-export', 'a static host sends its own headers');
  });

  test('every page sends the policy headers, and no X-Powered-By', async ({ request }) => {
    for (const path of [...kinds, '/api/places', '/previews/luhansk.png', '/places/atlantis']) {
      const h = (await request.get(path)).headers();
      const csp = h['content-security-policy'] ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain('unsafe-eval');
      expect(csp, path).toMatch(/img-src 'self' data: blob:/);
      expect(csp, path).toContain(
        path.startsWith('/embed') ? 'frame-ancestors *' : "frame-ancestors 'none'",
      );
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy'], path).toContain('camera=()');
      expect(h['x-powered-by'], path).toBeUndefined();
    }
  });

  test('the page’s scripts are sent with nosniff and a JavaScript type', async ({
    page,
    request,
  }) => {
    await page.goto('/places/luhansk');
    const scripts = await page
      .locator('script[src^="/_next/static/"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('src')!));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const h = (await request.get(src)).headers();
      expect(h['x-content-type-options'], src).toBe('nosniff');
      expect(h['content-type'], src).toMatch(/^application\/javascript/);
      expect(h['x-powered-by'], src).toBeUndefined();
    }
  });

  test('every kind of page works under the policy with zero CSP violations', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const path of kinds) {
      await page.goto(path);
      if (!path.endsWith('/read') && path !== '/handout' && path !== '/embed')
        await expect(marker(page, 'Luhansk')).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    // Interaction too: select a place, open the reader from it.
    await page.goto('/');
    await marker(page, 'Crimea').click();
    await expect(page).toHaveURL('/places/crimea');
    await page
      .getByRole('link', { name: /in context/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/articles\/putin-keeps-all-options-open\/read#p10$/);
    expect(violations).toEqual([]);
  });
});
