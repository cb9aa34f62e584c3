import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { places } from './helpers';

// Text as read: whitespace runs as one space, and a line broken after a hyphen (“NATO-⏎Russia”,
// as the A4 page sets ¶ 12) joined again. No excerpt has a hyphen before a space.
const squash = (s: string) => s.replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();

test.describe('the printed handout', () => {
  test('the cover gives the day of printing, in words and machine-readable', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-05T12:00:00Z'));
    await page.goto('/handout');
    const date = page.locator('.handout-meta time');
    await expect(date).toHaveText('5 March 2026');
    await expect(date).toHaveAttribute('datetime', '2026-03-05');
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on ${format}: a cover, then one page per place with its first excerpt`, async ({
      page,
    }) => {
      await page.goto('/handout');
      await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
      const pdf = await page.pdf({ format, printBackground: true });
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'handout-')), 'handout.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((p) => p.trim().length > 0);
      expect(pages).toHaveLength(places.length + 1);
      expect(squash(pages[0])).toContain('Russia: Ukraine crisis: Putin keeps all options open');
      expect(squash(pages[0])).toContain('Made with Natural Earth');
      expect(squash(pages[0])).not.toContain('Print or save as PDF');
      const order = await page
        .locator('.handout-place')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-place')));
      expect(order).toHaveLength(places.length);
      order.forEach((id, i) => {
        const place = places.find((p) => p.id === id)!;
        const onPage = squash(pages[i + 1]);
        expect(onPage).toContain(place.properties.name);
        expect(onPage).toContain(squash(place.properties.excerpts[0].text));
        expect(onPage).toContain(`/places/${place.id}`);
      });
    });
  }
});
