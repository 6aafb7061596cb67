'use strict';
// The overlay page in headless Chromium against a stand-in overlay server (lib/StandInServer.js):
// what viewers see, what it must never do (run buyer-written HTML, talk to other hosts, show
// anything while disconnected, work while idle), and the protocol it speaks.
// Run: node tests/browser/overlay-page.test.js [case …]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { StandInServer } = require('./lib/StandInServer');
const { OverlayBrowser } = require('./lib/OverlayBrowser');
const { runCases, check, checkEqual } = require('./lib/run');
const { waitFor } = require('./lib/wait');
const { sourceDir, webDir } = require('./lib/tools');
const { checkClean, waitUntilSettled, screenshot } = require('./lib/pageChecks');

const PAGE_BUDGET_BYTES = 30 * 1024;
const SOUND_BUDGET_BYTES = 30 * 1024;
const THEMES = ['default', 'neon', 'minimal', 'pop'];

let nextId = 1;
function sale(fields = {}) {
  const id = nextId++;
  return {
    id,
    eventId: `evt_test_${id}`,
    kind: 'sale',
    buyer: 'Alex',
    items: ['Hoodie ×2'],
    amount: '$64.00',
    message: 'Love the stream, keep it up!',
    durationMs: 8000,
    title: 'Alex just bought Hoodie ×2 — $64.00',
    text: 'Thank you for supporting the stream!',
    ...fields,
  };
}

// A stand-in server, a fresh Chromium and the page, connected; all torn down after the case.
async function setup(t, { query = '', media = {}, client = 'overlay', serviceWorker = true } = {}) {
  const server = new StandInServer({ media });
  server.serviceWorkerAllowed = serviceWorker;
  await server.start(0);
  t.defer(() => server.stop());
  const browser = await OverlayBrowser.launch();
  t.defer(() => browser.close());
  const page = await browser.open(server.pageUrl(query));
  const hello = await server.waitForHello(1);
  checkEqual(hello, { type: 'hello', client, version: 1 }, 'hello message');
  return { server, browser, page };
}

async function alertCount(page) {
  return page.locator('#dewey-stage .alert').count();
}

async function waitForNoAlert(page, what) {
  await waitFor(async () => (await alertCount(page)) === 0, what);
}

const cases = {
  async render(t) {
    const env = await setup(t);
    const { server, page } = env;
    check((await alertCount(page)) === 0, 'an alert is on screen before any was sent');
    check((await page.locator('#dewey-debug').count()) === 0, 'the debug panel shows without ?debug=1');

    const alert = sale({ durationMs: 6000, tier: 'Big spender', style: 'default' });
    server.sendAlert(alert);
    const card = page.locator('#dewey-stage .alert');
    await card.waitFor({ state: 'visible' });
    const shown = await server.waitForMessage('shown', (m) => m.id === alert.id);
    checkEqual(shown, { type: 'shown', id: alert.id }, 'shown message');

    checkEqual(
      await card.evaluate((e) => ({ ...e.dataset })),
      { kind: 'sale', style: 'default', tier: 'Big-spender' },
      'the card\'s data attributes for custom CSS',
    );
    const title = await page.locator('.alert__title').innerText();
    checkEqual(title, alert.title, 'title line');
    for (const part of [alert.buyer, alert.items[0], alert.amount])
      check(title.includes(part), `'${part}' is not visible in the title '${title}'`);
    checkEqual(await page.locator('.alert__buyer').innerText(), 'Alex', 'highlighted buyer');
    checkEqual(await page.locator('.alert__item').innerText(), 'Hoodie ×2', 'highlighted item');
    checkEqual(await page.locator('.alert__amount').innerText(), '$64.00', 'highlighted amount');
    check(await page.locator('.alert__text').isVisible(), 'the text line is not visible');
    checkEqual(await page.locator('.alert__text').innerText(), alert.text, 'text line');
    check(await page.locator('.alert__message').isVisible(), 'the buyer message is not visible');
    check((await page.locator('.alert__message').innerText()).includes(alert.message), 'buyer message');

    await waitUntilSettled(page);
    const box = await card.boundingBox();
    check(
      box.x >= 0 && box.y >= 0 && box.x + box.width <= 1920 && box.y + box.height <= 1080,
      `the card leaves the 1920×1080 frame: ${JSON.stringify(box)}`,
    );
    await screenshot(page, 'overlay-default');

    const done = await server.waitForMessage('done', (m) => m.id === alert.id);
    checkEqual(done, { type: 'done', id: alert.id }, 'done message');
    const [shownAt, doneAt] = ['shown', 'done'].map(
      (type) => server.messages.find((m) => m.message.type === type && m.message.id === alert.id).at,
    );
    // A lower bound only: a slow machine makes alerts last longer, never shorter.
    check(doneAt - shownAt >= alert.durationMs * 0.8, `done came ${doneAt - shownAt} ms after shown`);
    await waitForNoAlert(page, 'the card to be removed after done');

    // The default theme page (HTML, CSS, script, theme, service worker) as the browser fetched it;
    // the service worker fetches some again for its copy, so each path counts once.
    const firstFetches = new Map();
    for (const r of server.requests) if (!firstFetches.has(r.path) && !r.path.startsWith('/overlay/sounds/')) firstFetches.set(r.path, r.bytes);
    const pageBytes = [...firstFetches.values()].reduce((sum, bytes) => sum + bytes, 0);
    check(pageBytes <= PAGE_BUDGET_BYTES, `the page weighs ${pageBytes} bytes (budget ${PAGE_BUDGET_BYTES})`);
    await checkClean(env);
  },

  async hostileText(t) {
    const env = await setup(t);
    const { server, page, browser } = env;
    const buyer = '<img src=x onerror=alert(1)>';
    const item = '<script>alert(2)</script>';
    const alert = sale({
      buyer,
      items: [item],
      amount: '$5.00',
      title: `${buyer} just bought ${item} — $5.00`,
      text: '<svg onload=alert(4)></svg>',
      message: '<b>hi</b><iframe src="javascript:alert(3)"></iframe>',
      tier: '"><img src=x onerror=alert(5)>',
      style: 'gold" onmouseover="alert(6)',
      durationMs: 2000,
    });
    server.sendAlert(alert);
    await page.locator('#dewey-stage .alert').waitFor({ state: 'visible' });
    checkEqual(await page.locator('.alert__title').innerText(), alert.title, 'title shown literally');
    checkEqual(await page.locator('.alert__buyer').innerText(), buyer, 'buyer shown literally');
    checkEqual(await page.locator('.alert__text').innerText(), alert.text, 'text shown literally');
    check((await page.locator('.alert__message').innerText()).includes(alert.message), 'message shown literally');
    const tags = await page.evaluate(() => [
      ...new Set([...document.querySelectorAll('#dewey-stage *')].map((e) => e.tagName.toLowerCase())),
    ]);
    const unexpected = tags.filter((tag) => !['section', 'div', 'p', 'span', 'i'].includes(tag));
    checkEqual(unexpected, [], 'elements made from buyer text');
    checkEqual(await page.evaluate(() => document.querySelectorAll('img, iframe, svg').length), 0, 'img/iframe/svg');
    await server.waitForMessage('done', (m) => m.id === alert.id);
    checkEqual(browser.dialogs, [], 'dialogs');
    check(!server.requests.some((r) => r.path.endsWith('/x')), 'the page tried to load the image "x"');
    await checkClean(env);
  },

  async yenAmount(t) {
    // Also: a server that does not allow the service worker changes nothing the viewers see.
    const env = await setup(t, { serviceWorker: false });
    const { server, page } = env;
    const alert = sale({
      buyer: 'Kenji',
      items: ['Poster'],
      amount: '¥1,200',
      title: 'Kenji just bought Poster — ¥1,200',
      durationMs: 2000,
    });
    server.sendAlert(alert);
    await page.locator('#dewey-stage .alert').waitFor({ state: 'visible' });
    checkEqual(await page.locator('.alert__amount').innerText(), '¥1,200', 'JPY amount as the server formatted it');
    const title = await page.locator('.alert__title').innerText();
    check(!/1,?200[.,]\d/.test(title), `the JPY amount got decimals: '${title}'`);
    // Chromium logs the refused registration even though the page handles it (only OBS's log sees it).
    env.browser.errors = env.browser.errors.filter((e) => !e.includes('Service-Worker-Allowed'));
    await checkClean(env);
  },

  async reconnect(t) {
    const env = await setup(t);
    const { server, page } = env;
    const first = sale({ durationMs: 60000 });
    server.sendAlert(first);
    await page.locator('#dewey-stage .alert').waitFor({ state: 'visible' });

    // The app quits or crashes mid-alert: nothing may stay on stream.
    await server.stop();
    await waitForNoAlert(page, 'the alert to leave the stream once the server is gone');
    const visible = await page.evaluate(() => {
      const stage = document.getElementById('dewey-stage');
      return { children: stage.children.length, debug: !!document.getElementById('dewey-debug') };
    });
    checkEqual(visible, { children: 0, debug: false }, 'what is on the page while disconnected');

    await server.start(); // same port: the app came back
    await server.waitForHello(2);
    const second = sale({ durationMs: 2000, buyer: 'Sam', title: 'Sam just bought Mug — $12.00' });
    server.sendAlert(second);
    await page.locator('.alert__title', { hasText: 'Sam just bought Mug' }).waitFor({ state: 'visible' });
    await server.waitForMessage('done', (m) => m.id === second.id);
    check(server.received('done', (m) => m.id === first.id).length === 0, 'an interrupted alert was reported done');
    await checkClean(env);
  },

  async loadsWhileServerDown(t) {
    // OBS restarts while Dewey is not running: the page still loads (from the service worker's copy),
    // shows nothing, and connects once Dewey is back.
    const env = await setup(t);
    const { server, page } = env;
    await waitFor(
      () => page.evaluate(() => caches.match('/overlay').then((cached) => Boolean(cached))),
      'the service worker to keep a copy of the page',
    );
    await server.stop();
    await page.reload();
    await page.locator('#dewey-stage').waitFor({ state: 'attached' });
    checkEqual(await alertCount(page), 0, 'cards while Dewey is down');
    const token = await page.evaluate(() => new URLSearchParams(location.search).get('token'));
    checkEqual(token, server.token, 'the token the page kept');

    await server.start();
    await server.waitForHello(2);
    const alert = sale({ durationMs: 1500 });
    server.sendAlert(alert);
    await server.waitForMessage('done', (m) => m.id === alert.id);
    await checkClean(env);
  },

  async backoff(t) {
    const env = await setup(t);
    const { server, browser } = env;
    server.refuseSockets = true; // the app is starting: the port answers, the socket does not yet
    await server.stop();
    await server.start();
    await waitFor(async () => (await browser.probe()).retries.length >= 6, 'six reconnect attempts');
    const delays = (await browser.probe()).retries;
    check(delays[0] <= 1000, `first retry after ${delays[0]} ms (must be ≤ 1 s)`);
    check(delays.every((d) => d <= 5000), `a retry waited more than 5 s: ${delays}`);
    check(delays.slice(1).every((d, i) => d >= delays[i]), `retry delays do not back off: ${delays}`);
    checkEqual(delays.slice(-1)[0], 5000, 'retry delay cap');

    server.refuseSockets = false;
    await server.waitForHello(2);
    const before = (await browser.probe()).retries.length;
    await server.stop();
    await server.start();
    await server.waitForHello(3);
    const after = (await browser.probe()).retries;
    check(after[before] <= 1000, `the backoff did not start over after a good connection: ${after}`);
    await checkClean(env);
  },

  async debugPanel(t) {
    // Also the Alerts area's live preview: it says so in hello, so the queue never waits for it.
    const env = await setup(t, { query: '&debug=1&preview=1', client: 'preview' });
    const { server, page } = env;
    const panel = page.locator('#dewey-debug');
    await page.waitForFunction(() => document.getElementById('dewey-debug')?.dataset.state === 'connected');
    check((await panel.innerText()).includes('connected'), 'the debug panel does not say connected');
    await server.stop();
    await page.waitForFunction(() => document.getElementById('dewey-debug')?.dataset.state !== 'connected');
    check(/closed|connecting/.test(await panel.innerText()), 'the debug panel does not show the lost connection');
    await server.start();
    await page.waitForFunction(() => document.getElementById('dewey-debug')?.dataset.state === 'connected');
    await checkClean(env);
  },

  async controls(t) {
    const env = await setup(t, { query: '&debug=1' });
    const { server, page } = env;
    const panelSays = (text) =>
      page.waitForFunction((s) => document.getElementById('dewey-debug')?.textContent.includes(s), text);
    // Messages reach the server in order: once `done` for `marker` arrived, any earlier one did too.
    const flush = async () => {
      const marker = sale({ durationMs: 1000 });
      server.sendAlert(marker);
      await server.waitForMessage('done', (m) => m.id === marker.id);
    };

    // pause/resume: the server holds alerts; the page only shows the state.
    server.send({ type: 'pause' });
    await panelSays('paused');
    server.send({ type: 'resume' });
    await panelSays('running');

    // skip for another id is ignored; skip for this one takes it off long before its 60 s.
    const long = sale({ durationMs: 60000 });
    server.sendAlert(long);
    await server.waitForMessage('shown', (m) => m.id === long.id);
    server.send({ type: 'skip', id: long.id + 1000 });
    await panelSays('last: skip');
    checkEqual(await alertCount(page), 1, 'alerts on screen after a skip for another id');
    server.send({ type: 'skip', id: long.id });
    await server.waitForMessage('done', (m) => m.id === long.id);
    await waitForNoAlert(page, 'the skipped alert to leave');

    // An alert that arrives early replaces the one on screen at once, with no done for the old one.
    const first = sale({ durationMs: 60000, buyer: 'First', title: 'First just bought Mug — $9.00' });
    const second = sale({ durationMs: 60000, buyer: 'Second', title: 'Second just bought Cap — $19.00' });
    server.sendAlert(first);
    await server.waitForMessage('shown', (m) => m.id === first.id);
    server.sendAlert(second);
    await server.waitForMessage('shown', (m) => m.id === second.id);
    checkEqual(await alertCount(page), 1, 'cards on screen after a replacement');
    checkEqual(await page.locator('.alert__title').innerText(), second.title, 'title after a replacement');

    // clear removes it at once, with no done.
    server.send({ type: 'clear' });
    await panelSays('showing nothing');
    checkEqual(await alertCount(page), 0, 'cards on screen after clear');
    await flush();
    checkEqual(server.received('done', (m) => m.id === first.id || m.id === second.id).length, 0, 'done for replaced or cleared alerts');

    // The same alert twice (a resend after a reconnect) plays once; after done it is only confirmed.
    const once = sale({ durationMs: 1500 });
    server.sendAlert(once);
    server.sendAlert(once);
    await server.waitForMessage('done', (m) => m.id === once.id);
    server.sendAlert(once);
    await waitFor(() => server.received('done', (m) => m.id === once.id).length === 2, 'the repeated done');
    checkEqual(server.received('shown', (m) => m.id === once.id).length, 1, 'times a repeated alert was shown');

    // config switches the theme; an unknown theme falls back to the default one.
    server.send({ type: 'config', protocol: 1, config: { theme: 'neon' } });
    await page.waitForFunction(() => document.getElementById('dewey-theme')?.href.endsWith('/overlay/themes/neon.css'));
    server.send({ type: 'config', protocol: 1, config: { theme: '../../evil' } });
    await page.waitForFunction(() => document.getElementById('dewey-theme')?.href.endsWith('/overlay/themes/default.css'));

    // Quick successive changes end on the last one, with one theme sheet in the page.
    for (const theme of ['pop', 'minimal', 'neon', 'pop']) server.send({ type: 'config', protocol: 1, config: { theme } });
    await page.waitForFunction(() => document.getElementById('dewey-theme')?.href.endsWith('/overlay/themes/pop.css'));
    await flush();
    const sheets = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname),
    );
    checkEqual(sheets, ['/overlay/overlay.css', '/overlay/themes/pop.css'], 'stylesheets after quick theme changes');

    // Unknown message types and malformed alerts are ignored, not fatal.
    server.send({ type: 'fireworks', colour: 'red' });
    server.send({ type: 'alert', alert: { buyer: 'no id' } });
    server.send({ type: 'alert' });
    await flush();

    // reload reloads the page, which says hello again.
    server.send({ type: 'reload' });
    await server.waitForHello(2);
    await checkClean(env);
  },

  async sound(t) {
    const env = await setup(t);
    const { server, browser, page } = env;
    server.send({ type: 'config', protocol: 1, config: { volume: 0.4 } });
    // The alert's own volume wins over the master volume of the config.
    const quiet = sale({ durationMs: 1500, sound: '/overlay/sounds/default.ogg' });
    const louder = sale({ durationMs: 1500, sound: '/overlay/sounds/default.ogg', volume: 0.9 });
    const silent = sale({ durationMs: 1500, sound: '' });
    const muted = sale({ durationMs: 1500, sound: '/overlay/sounds/default.ogg', volume: 0 });
    const foreign = sale({ durationMs: 1500, sound: 'http://203.0.113.7/evil.ogg' });
    for (const alert of [quiet, louder, silent, muted, foreign]) {
      server.sendAlert(alert);
      await server.waitForMessage('done', (m) => m.id === alert.id);
    }
    const plays = (await browser.probe()).plays;
    checkEqual(plays.map((p) => p.volume), [0.4, 0.9], 'volumes of the sounds played');
    for (const play of plays)
      check(play.src.startsWith(`${server.origin}/overlay/sounds/default.ogg?token=`), `sound URL ${play.src}`);
    await waitFor(
      () => server.requests.some((r) => r.path === '/overlay/sounds/default.ogg' && r.status === 200),
      'the default sound to be fetched',
    );
    check(await page.evaluate(() => document.querySelectorAll('audio').length === 0), 'audio elements left in the page');
    await checkClean(env);
  },

  async mediaSound(t) {
    // A sound the streamer chose is served from /media with the token.
    const env = await setup(t, { media: { 'sound-1': path.join(webDir, 'sounds', 'default.ogg') } });
    const { server, browser } = env;
    const alert = sale({ durationMs: 1500, sound: '/media/sound-1', volume: 0.7 });
    server.sendAlert(alert);
    await server.waitForMessage('done', (m) => m.id === alert.id);
    checkEqual((await browser.probe()).plays.map((p) => p.volume), [0.7], 'volumes of the sounds played');
    await waitFor(
      () => server.requests.some((r) => r.path === '/media/sound-1' && r.status === 200 && r.query.token === server.token),
      'the streamer\'s sound to be fetched with the token',
    );
    await checkClean(env);
  },

  async idle(t) {
    const env = await setup(t);
    const { server, browser, page } = env;
    const alert = sale({ durationMs: 1500 });
    server.sendAlert(alert);
    await server.waitForMessage('done', (m) => m.id === alert.id);
    await waitForNoAlert(page, 'the card to be removed');
    const animations = await page.evaluate(() => document.getAnimations().length);
    checkEqual(animations, 0, 'animations left running after the alert');
    const before = await browser.probe();
    checkEqual(before.pending, 0, 'timers still pending after the alert');
    checkEqual(before.intervals, 0, 'setInterval calls');
    // A window to catch idle work in; nothing waits on it, and a slow machine cannot add work.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = await browser.probe();
    checkEqual(
      { timeouts: after.timeouts, frames: after.frames, intervals: after.intervals },
      { timeouts: before.timeouts, frames: before.frames, intervals: before.intervals },
      'timers and animation frames scheduled while idle',
    );
    checkEqual(await page.evaluate(() => document.getAnimations().length), 0, 'animations while idle');
    await checkClean(env);
  },

  async themes(t) {
    const customCss = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dewey-css-')), 'custom.css');
    t.defer(() => fs.rmSync(path.dirname(customCss), { recursive: true, force: true }));
    fs.writeFileSync(customCss, '.alert__title { color: rgb(1, 2, 3) !important; }\n');
    const env = await setup(t, { media: { 'custom-css': customCss } });
    const { server, page } = env;
    for (const theme of THEMES) {
      server.send({ type: 'config', protocol: 1, config: { theme } });
      await page.waitForFunction(
        (name) => document.getElementById('dewey-theme')?.href.endsWith(`/overlay/themes/${name}.css`),
        theme,
      );
      const alert = sale({ durationMs: 30000, style: theme === 'pop' ? 'gold' : 'default' });
      server.sendAlert(alert);
      await page.locator('#dewey-stage .alert').waitFor({ state: 'visible' });
      await waitUntilSettled(page);
      const box = await page.locator('#dewey-stage .alert').boundingBox();
      check(
        box.x >= 0 && box.y >= 0 && box.x + box.width <= 1920 && box.y + box.height <= 1080,
        `theme ${theme}: the card leaves the frame: ${JSON.stringify(box)}`,
      );
      checkEqual(await page.locator('.alert__title').innerText(), alert.title, `theme ${theme}: title`);
      if (theme !== 'default') await screenshot(page, `overlay-${theme}`);
      server.send({ type: 'skip', id: alert.id });
      await server.waitForMessage('done', (m) => m.id === alert.id);
      await waitForNoAlert(page, `theme ${theme}: the card to leave`);
    }

    // The streamer's own CSS loads after the theme, with the token, and wins.
    server.send({ type: 'config', protocol: 1, config: { theme: 'default', customCss: '/media/custom-css' } });
    await page.waitForFunction(() => document.getElementById('dewey-custom')?.sheet);
    const request = server.requests.find((r) => r.path === '/media/custom-css');
    check(request && request.status === 200 && request.query.token === server.token, 'the custom CSS was not fetched with the token');
    const styled = sale({ durationMs: 30000 });
    server.sendAlert(styled);
    await page.locator('#dewey-stage .alert').waitFor({ state: 'visible' });
    checkEqual(await page.locator('.alert__title').evaluate((e) => getComputedStyle(e).color), 'rgb(1, 2, 3)', 'custom CSS');
    server.send({ type: 'config', protocol: 1, config: { customCss: null } });
    await page.waitForFunction(() => !document.getElementById('dewey-custom'));
    check(
      (await page.locator('.alert__title').evaluate((e) => getComputedStyle(e).color)) !== 'rgb(1, 2, 3)',
      'custom CSS still applies after it was turned off',
    );
    await checkClean(env);
  },

  async scales(t) {
    const env = await setup(t);
    const { server, page } = env;
    const widths = [];
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      const alert = sale({ durationMs: 30000 });
      server.sendAlert(alert);
      await page.locator('#dewey-stage .alert').waitFor({ state: 'visible' });
      await waitUntilSettled(page);
      widths.push((await page.locator('#dewey-stage .alert').boundingBox()).width);
      server.send({ type: 'skip', id: alert.id });
      await server.waitForMessage('done', (m) => m.id === alert.id);
      await waitForNoAlert(page, 'the card to leave');
    }
    const ratio = widths[1] / widths[0];
    check(Math.abs(ratio - 720 / 1080) < 0.03, `a 1280×720 source shows the card at ${ratio.toFixed(3)} of its 1080p size`);
    await checkClean(env);
  },

  // No browser: what ships in the resources and what it weighs.
  async budget() {
    const listed = fs
      .readFileSync(path.join(sourceDir, 'overlay', 'CMakeLists.txt'), 'utf8')
      .match(/qt_add_resources\(dewey_overlay_web[\s\S]*?\)/)[0];
    const files = [];
    const walk = (dir) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (!/\.(md|sh)$/.test(entry.name)) files.push(path.relative(webDir, full).split(path.sep).join('/'));
      }
    };
    walk(webDir);
    const missing = files.filter((file) => !listed.includes(`web/${file}`));
    checkEqual(missing, [], 'files of overlay/web not listed in qt_add_resources');
    const size = (file) => fs.statSync(path.join(webDir, file)).size;
    const page = ['overlay.html', 'overlay.css', 'overlay.js', 'sw.js', 'themes/default.css'].reduce((s, f) => s + size(f), 0);
    check(page <= PAGE_BUDGET_BYTES, `the default page is ${page} bytes (budget ${PAGE_BUDGET_BYTES})`);
    const sound = size('sounds/default.ogg');
    check(sound <= SOUND_BUDGET_BYTES, `the default sound is ${sound} bytes (budget ${SOUND_BUDGET_BYTES})`);
    console.log(`  default page ${page} bytes, default sound ${sound} bytes`);
  },
};

runCases(cases);
