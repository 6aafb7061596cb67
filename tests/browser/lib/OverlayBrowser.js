'use strict';
// Debian's Chromium, headless, driven by playwright-core, with a fresh profile per test. It watches
// what a streamer cannot see but cares about: every request the page makes, dialogs, script errors,
// CSP violations, timers and sounds.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { requireTool } = require('./tools');

const { chromium } = requireTool('playwright-core');

const CHROMIUM = process.env.DEWEY_CHROMIUM || '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // OBS lets Browser Sources play sound without a click; so does this browser.
  '--autoplay-policy=no-user-gesture-required',
];

// Runs in the page before its own scripts (injected through the DevTools protocol, so the page's
// CSP does not apply to it). Counts timers and frames and records sounds, for the idle checks.
function probe() {
  const state = { timeouts: 0, pending: new Set(), retries: [], intervals: 0, frames: 0, plays: [], violations: [] };
  window.__probe = {
    snapshot: () => ({
      timeouts: state.timeouts,
      pending: state.pending.size,
      retries: state.retries.slice(),
      intervals: state.intervals,
      frames: state.frames,
      plays: state.plays.slice(),
      violations: state.violations.slice(),
    }),
  };
  const setTimeoutOriginal = window.setTimeout;
  const clearTimeoutOriginal = window.clearTimeout;
  window.setTimeout = function (callback, delay, ...args) {
    state.timeouts += 1;
    // The page schedules its reconnects with its function named `connect`: their delays are the backoff.
    if (typeof callback === 'function' && callback.name === 'connect') state.retries.push(delay);
    const id = setTimeoutOriginal.call(
      window,
      (...inner) => {
        state.pending.delete(id);
        if (typeof callback === 'function') callback(...inner);
      },
      delay,
      ...args,
    );
    state.pending.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    state.pending.delete(id);
    return clearTimeoutOriginal.call(window, id);
  };
  const setIntervalOriginal = window.setInterval;
  window.setInterval = function (...args) {
    state.intervals += 1;
    return setIntervalOriginal.apply(window, args);
  };
  const rafOriginal = window.requestAnimationFrame;
  window.requestAnimationFrame = function (callback) {
    state.frames += 1;
    return rafOriginal.call(window, callback);
  };
  const playOriginal = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    state.plays.push({ src: this.src, volume: this.volume });
    return playOriginal.call(this);
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    state.violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
  });
}

class OverlayBrowser {
  // probe: false leaves the page's timers alone (benchmarks).
  static async launch({ probe: withProbe = true } = {}) {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
    const self = new OverlayBrowser();
    self.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dewey-chromium-'));
    self.context = await chromium.launchPersistentContext(self.profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1920, height: 1080 },
    });
    self.requests = [];
    self.websockets = [];
    self.dialogs = [];
    self.errors = [];
    self.context.on('request', (request) => self.requests.push(request.url()));
    if (withProbe) await self.context.addInitScript(probe);
    return self;
  }

  // Opens the overlay page the way OBS does: one tab, no clicks.
  async open(url) {
    const page = this.context.pages()[0] || (await this.context.newPage());
    page.on('websocket', (ws) => this.websockets.push(ws.url()));
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => this.errors.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console error: ${message.text()}`);
    });
    await page.goto(url);
    this.page = page;
    return page;
  }

  async probe() {
    return this.page.evaluate(() => window.__probe.snapshot());
  }

  // Every URL the page asked for (HTTP and WebSocket) that is not on `origin`.
  foreignRequests(origin) {
    const wsOrigin = origin.replace(/^http/, 'ws');
    return [...this.requests, ...this.websockets].filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith(`${wsOrigin}/`) && !url.startsWith('data:'),
    );
  }

  async close() {
    if (this.context) await this.context.close().catch(() => {});
    if (this.profile) fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

module.exports = { OverlayBrowser, CHROMIUM, FLAGS };
