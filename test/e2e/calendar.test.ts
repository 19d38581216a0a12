/**
 * The portal in a real browser: a month page served by `@hono/node-server` on a free port, over a
 * store holding a few events; the browser sees them on their days and clicks through to an event.
 * Needs Debian's Chromium (`apt-get install chromium`); without it the test is skipped, unless
 * `MUNICAL_REQUIRE_BROWSER=1` (CI), where a missing browser fails it.
 * Screenshots go to `$MUNICAL_SCREENSHOT_DIR` (default: `<tmp>/munical-e2e`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/index.js';
import {
  NOW,
  openSamplePortalStore,
  SAMPLE_EVENTS,
  type SamplePortalStore,
} from '../../src/web/testdata/sample-store.js';

// Debian's package; MUNICAL_CHROMIUM points elsewhere (and lets the missing-browser path be tried).
const CHROMIUM = process.env.MUNICAL_CHROMIUM ?? '/usr/bin/chromium';
const browserInstalled = existsSync(CHROMIUM);
const browserRequired = process.env.MUNICAL_REQUIRE_BROWSER === '1';
const screenshotDir = process.env.MUNICAL_SCREENSHOT_DIR ?? join(tmpdir(), 'munical-e2e');

if (!browserInstalled && !browserRequired) {
  console.warn(
    `e2e: skipped, ${CHROMIUM} not found: apt-get install chromium (MUNICAL_REQUIRE_BROWSER=1 makes it mandatory)`,
  );
}

describe.skipIf(!browserInstalled && !browserRequired)('the calendar in a browser', () => {
  let sample: SamplePortalStore;
  let server: ServerType;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!browserInstalled) {
      throw new Error(`e2e: MUNICAL_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: apt-get install chromium`);
    }
    sample = await openSamplePortalStore();
    const app = createApp(sample.store, { now: () => NOW });
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    });
    baseUrl = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    mkdirSync(screenshotDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await sample?.store.close();
  });

  it('shows the month with its events and clicks through to an event page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('section[aria-labelledby=upcoming]').textContent()).resolves.toContain(
      SAMPLE_EVENTS.conference.title,
    );
    await page.screenshot({ path: join(screenshotDir, 'home-desktop.png'), fullPage: true });
    // The portal's clock says 20 November 2021, so «Календарь» opens that month.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Календарь' }).click();
    await page.waitForURL(`${baseUrl}/calendar`);
    await expect(page.title()).resolves.toContain('Ноябрь 2021');

    // The grid has seven columns on a wide screen, Monday first.
    const weekdays = page.locator('.weekday-names li');
    await expect(weekdays.allTextContents()).resolves.toEqual(['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']);
    const forumDay = page.locator('.month-grid > li[data-date="2021-11-05"]');
    const nextDay = page.locator('.month-grid > li[data-date="2021-11-06"]');
    const forumBox = await forumDay.boundingBox();
    const nextBox = await nextDay.boundingBox();
    expect(nextBox!.x).toBeGreaterThan(forumBox!.x);
    expect(Math.abs(nextBox!.y - forumBox!.y)).toBeLessThan(1);

    await expect(forumDay.getByRole('link').textContent()).resolves.toBe(SAMPLE_EVENTS.forum.title);
    await expect(nextDay.getByRole('link').textContent()).resolves.toBe(SAMPLE_EVENTS.forum.title);
    await expect(page.locator('.band-month').textContent()).resolves.toContain(SAMPLE_EVENTS.council.title);
    expect(await page.locator('.month-grid > li[data-date="2021-11-01"] .day-events').count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, 'calendar-desktop.png'), fullPage: true });

    await forumDay.getByRole('link').click();
    await page.waitForURL(`${baseUrl}/events/${sample.ids.forum}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(SAMPLE_EVENTS.forum.title);
    await expect(page.locator('.event-fields').textContent()).resolves.toContain('Казанский Кремль');
    await expect(page.locator('.source mark').textContent()).resolves.toBe(SAMPLE_EVENTS.forum.evidence);
    await page.screenshot({ path: join(screenshotDir, 'event-desktop.png'), fullPage: true });
    await context.close();
  });

  it('filters the month with its form, without any script', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/calendar?month=2021-11`);
    await page.locator('select[name=kind]').selectOption('семинар');
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.waitForURL(/kind=/);
    await expect(page.locator('.month-grid .day-events a').allTextContents()).resolves.toEqual([
      `11:00 ${SAMPLE_EVENTS.seminar.title}`,
    ]);
    // The month links keep the filter.
    await page.getByRole('link', { name: /Декабрь/ }).click();
    await expect(page.locator('select[name=kind]').inputValue()).resolves.toBe('семинар');
    await expect(page.locator('h1').textContent()).resolves.toBe('Декабрь 2021');
    await context.close();
  });

  it('turns the grid into a list of days on a phone', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: 'ru-RU',
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/calendar?month=2021-11`);
    await expect(page.locator('.weekday-names').isVisible()).resolves.toBe(false);
    // Only days with events are listed, one under another, each saying its date and weekday.
    const visibleDays = page.locator('.month-grid > li:visible');
    await expect(visibleDays.count()).resolves.toBe(4);
    // innerText, not textContent: what matters is the text the phone's CSS shows, month and weekday included.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is tested
    await expect(visibleDays.first().locator('time').innerText()).resolves.toBe('5 ноября, пятница');
    const first = await visibleDays.nth(0).boundingBox();
    const second = await visibleDays.nth(1).boundingBox();
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
    // Nothing wider than the screen.
    const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
    expect(overflow).toBe(false);
    await page.screenshot({ path: join(screenshotDir, 'calendar-phone.png'), fullPage: true });
    await page.goto(`${baseUrl}/events/${sample.ids.council}`);
    await page.screenshot({ path: join(screenshotDir, 'event-phone.png'), fullPage: true });
    await context.close();
  });
});
