import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Result } from 'axe-core';
import { buildSite, type BuiltSite } from '../support/build-site.ts';
import { serveDir, type ServedDir } from '../support/serve-dir.ts';

/** Debian's Chromium; CHROMIUM overrides. `.ci/run` installs it. */
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless Chromium, quiet and sandbox-free (tests run as root in CI). Playwright gives every
 * launch a fresh temporary profile, so nothing carries over between runs.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What a page did while a test looked at it: every request and every console or page error. */
export interface Watched {
  requests: string[];
  errors: string[];
}

/**
 * A page in a new context, watched. `script: false` serves the site's script empty, which
 * leaves the page exactly as a browser without JavaScript shows it while still letting the test
 * inspect it (Playwright cannot evaluate in a page whose JavaScript is switched off).
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions & { script?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; watched: Watched }> {
  const { script = true, ...contextOptions } = options;
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', ...contextOptions });
  const page = await context.newPage();
  const watched: Watched = { requests: [], errors: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('console', (message) => { if (message.type() === 'error') watched.errors.push(message.text()); });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  if (!script) await page.route('**/sitrep.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
  return { context, page, watched };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it stands, every default rule (WCAG 2.2 A/AA and best practice). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Result[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
}

/** A built site, served on 127.0.0.1, and a browser to open it in. */
export interface SiteInBrowser {
  site: BuiltSite;
  server: ServedDir;
  browser: Browser;
  /** Closes the browser and the server and deletes the build. */
  close(): Promise<void>;
}

/**
 * Builds a site with `buildSite` at a pinned `now` (failing on a failed build), with `env` added
 * to the build's environment, serves it and launches Chromium.
 */
export async function siteInBrowser(source: Parameters<typeof buildSite>[0], now: string, env: Record<string, string> = {}): Promise<SiteInBrowser> {
  const site = await buildSite(source, { now, env });
  if (!site.ok) {
    await site.cleanup();
    throw new Error(site.log);
  }
  const server = await serveDir(site.outDir);
  const browser = await launchChromium();
  return {
    site,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await site.cleanup();
    },
  };
}
