// The HTML documentation in a real browser (ctest: web_docs_browser; the site comes from
// write_docs_site). Usage: node tests/web/docs.mjs SITE [SCREENSHOTS]
// Opens every page in Debian's Chromium through playwright-core and fails (exit 1, naming what) when:
//  - a page logs a console error, throws, opens a dialog or asks for anything outside the site;
//  - an internal link leads to a file that does not exist, or to an anchor its page does not have;
//  - typing a column's name in the search box does not find it (and following the hit fails);
//  - the hostile comments of tables/hostile_notes.html are not shown as written, or made an
//    element or a script.
// SCREENSHOTS (optional): index, a package and a table page, light and dark, and a phone's view.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const site = path.resolve(process.argv[2] ?? '');
const shots = process.argv[3] ? path.resolve(process.argv[3]) : null;
if (!process.argv[2] || !fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`usage: node docs.mjs SITE [SCREENSHOTS]: no index.html in ${site}`);
  process.exit(2);
}
const failures = [];
const fail = (message) => { failures.push(message); console.error(`FAIL: ${message}`); };

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  }).sort();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });

// Every page gets the same watchers: what it logs, throws, opens or fetches.
function watch(page, name) {
  page.on('console', (message) => {
    if (message.type() === 'error') fail(`${name}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => fail(`${name}: uncaught: ${error.message}`));
  page.on('dialog', async (dialog) => {
    fail(`${name}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('file://') && !url.startsWith('data:')) fail(`${name}: requested ${url}`);
  });
  page.on('requestfailed', (request) => fail(`${name}: could not load ${request.url()}`));
}

const pages = htmlFiles(site);
const idsOf = new Map();  // file -> ids on that page
const links = [];         // { from, href }
const page = await context.newPage();
let current = '';
watch(page, { toString: () => current });
for (const file of pages) {
  current = path.relative(site, file);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const found = await page.evaluate(() => ({
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    hrefs: [...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')),
    sources: [...document.querySelectorAll('script[src], img[src], iframe[src]')].map((e) => e.getAttribute('src')),
  }));
  idsOf.set(file, new Set(found.ids));
  for (const href of [...found.hrefs, ...found.sources]) links.push({ from: file, href });
}
console.log(`${pages.length} pages opened, ${links.length} links`);

// Every link: a file of the site, and an anchor that its page has.
let checked = 0;
for (const { from, href } of links) {
  const url = new URL(href, pathToFileURL(from));
  if (url.protocol !== 'file:') { fail(`${path.relative(site, from)}: external link ${href}`); continue; }
  const target = fileURLToPath(url);
  if (!target.startsWith(site + path.sep) && target !== site) { fail(`${path.relative(site, from)}: ${href} leaves the site`); continue; }
  if (!fs.existsSync(target)) { fail(`${path.relative(site, from)}: ${href}: no such file`); continue; }
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && !(idsOf.get(target)?.has(anchor))) fail(`${path.relative(site, from)}: ${href}: no id "${anchor}" there`);
  ++checked;
}
console.log(`${checked} links resolve`);

// The search finds a column by its name, and its hit leads to the column's row.
current = 'index.html (search)';
await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
await page.fill('#search', 'employee_count');
const hit = page.locator('#search-results a', { hasText: 'employee_count' }).first();
try {
  await hit.waitFor({ timeout: 5000 });
  const href = await hit.getAttribute('href');
  if (!href.endsWith('tables/companies.html#col-employee_count')) fail(`search: the hit leads to ${href}`);
  await hit.click();
  await page.waitForURL(/companies\.html#col-employee_count$/);
  const row = await page.locator('#col-employee_count').count();
  if (row !== 1) fail('search: the column\'s row is not on the page it leads to');
} catch (error) {
  fail(`search: typing employee_count found nothing (${error.message.split('\n')[0]})`);
}
// A name that is nowhere says so.
await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
await page.fill('#search', 'no_such_name_anywhere');
await page.locator('#search-results li.none').waitFor({ timeout: 5000 }).catch(() => fail('search: no "nothing found" line'));

// The hostile comments: shown as written, and nothing made of them.
current = 'tables/hostile_notes.html';
await page.goto(pathToFileURL(path.join(site, 'tables', 'hostile_notes.html')).href);
const hostile = await page.evaluate(() => ({
  text: document.body.innerText,
  images: document.querySelectorAll('img').length,
  scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src')),
  handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
}));
for (const written of ['</script><script>alert(1)</script>', '"><img src=x onerror=alert(1)>']) {
  if (!hostile.text.includes(written)) fail(`hostile_notes: the comment ${written} is not shown as written`);
}
if (hostile.images !== 0) fail(`hostile_notes: ${hostile.images} <img> element(s) on the page`);
if (hostile.handlers !== 0) fail(`hostile_notes: ${hostile.handlers} element(s) with an on... attribute`);
for (const src of hostile.scripts) {
  if (!src || !src.includes('assets/')) fail(`hostile_notes: a script that is not the site's: ${src ?? 'inline'}`);
}
// Searching for the hostile table shows its comment nowhere as markup either.
await page.fill('#search', 'hostile');
await page.locator('#search-results a').first().waitFor({ timeout: 5000 }).catch(() => fail('search: hostile_notes not found'));
if ((await page.locator('img').count()) !== 0) fail('search: an <img> appeared while searching');

if (shots) {
  fs.mkdirSync(shots, { recursive: true });
  const views = [['index', 'index.html'], ['package', 'packages/acme-crm.html'], ['table', 'tables/companies.html']];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, file] of views) {
      await page.goto(pathToFileURL(path.join(site, file)).href);
      await page.screenshot({ path: path.join(shots, `${name}-${scheme}.png`) });
    }
  }
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true });
  const small = await phone.newPage();
  watch(small, 'phone');
  await small.goto(pathToFileURL(path.join(site, 'tables', 'companies.html')).href);
  await small.screenshot({ path: path.join(shots, 'table-phone.png') });
  await phone.close();
  console.log(`screenshots in ${shots}`);
}

await browser.close();
if (failures.length > 0) {
  console.error(`${failures.length} failure(s)`);
  process.exit(1);
}
console.log('all pages load without errors; links, search and escaping hold');
