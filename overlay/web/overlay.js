// Dewey overlay page: listens on the overlay server's WebSocket, shows one alert at a time and
// reports `shown`/`done` (protocol: docs/OVERLAY_PROTOCOL.md). It lives for hours inside OBS, so
// while no alert is on screen it runs nothing: no timers, no animations, no layout work.
(() => {
  'use strict';

  const PROTOCOL_VERSION = 1;
  const THEMES = ['default', 'neon', 'minimal', 'pop'];
  const FIRST_RETRY_MS = 500;
  const MAX_RETRY_MS = 5000;
  const DEFAULT_DURATION_MS = 8000;
  const MIN_DURATION_MS = 1000;
  const MAX_DURATION_MS = 120000;
  // The part of durationMs kept for the exit animation, so the alert is gone when its time is up.
  const EXIT_MS = 600;
  // A custom theme may declare any exit animation: it never holds the queue longer than this.
  const EXIT_LIMIT_MS = 2000;
  const SPARKS = 14;
  const MAX_FINISHED_IDS = 200;

  const params = new URLSearchParams(location.search);
  const token = params.get('token') || '';
  const debug = params.get('debug') === '1';
  const clientName = params.get('preview') === '1' ? 'preview' : 'overlay';
  const stage = document.getElementById('dewey-stage');

  let socket = null;
  let retryDelay = FIRST_RETRY_MS;
  let retryTimer = 0;
  let connection = 'connecting';
  let paused = false; // the server holds alerts while paused; the page only shows it with ?debug=1
  let current = null;
  const finishedIds = [];
  const settings = { theme: 'default', volume: 1, customCss: '' };
  let customCssVersion = 0;
  const pendingSheets = {}; // stylesheet id → the <link> still loading to replace it
  let lastEvent = '';
  let debugPanel = null;

  // --- small helpers -------------------------------------------------------------------------

  const text = (value) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

  function clampNumber(value, min, max, fallback) {
    const n = Number(value);
    return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
  }

  // Resources may only come from this server (the CSP says so too); the token goes along so the
  // server can serve the streamer's own files (custom CSS, sounds) only to the overlay.
  function ownUrl(value) {
    if (typeof value !== 'string' || value === '') return '';
    let url;
    try {
      url = new URL(value, location.href);
    } catch (e) {
      return '';
    }
    if (url.origin !== location.origin) return '';
    if (token && !url.searchParams.has('token')) url.searchParams.set('token', token);
    return url.href;
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  function note(event) {
    lastEvent = event;
    renderDebug();
  }

  function renderDebug() {
    if (!debug) return;
    if (!debugPanel) {
      debugPanel = document.createElement('div');
      debugPanel.id = 'dewey-debug';
      document.body.append(debugPanel);
    }
    debugPanel.dataset.state = connection;
    debugPanel.textContent =
      `Dewey overlay: ${connection}\n` +
      `theme ${settings.theme}${settings.customCss ? ' + custom CSS' : ''} · ` +
      `${paused ? 'paused' : 'running'} · showing ${current ? current.id : 'nothing'}\n` +
      `last: ${lastEvent || '-'}`;
  }

  // --- connection ------------------------------------------------------------------------------

  function connect() {
    retryTimer = 0;
    connection = 'connecting';
    renderDebug();
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    let ws;
    try {
      ws = new WebSocket(`${scheme}//${location.host}/ws?token=${encodeURIComponent(token)}`);
    } catch (e) {
      scheduleRetry();
      return;
    }
    socket = ws;
    ws.addEventListener('open', () => {
      retryDelay = FIRST_RETRY_MS;
      connection = 'connected';
      send({ type: 'hello', client: clientName, version: PROTOCOL_VERSION });
      note('connected');
    });
    ws.addEventListener('message', (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (message && typeof message === 'object') handle(message);
    });
    ws.addEventListener('close', (event) => {
      if (socket !== ws) return;
      socket = null;
      connection = 'disconnected';
      // Nothing stays on stream without a server behind it: it will send what is still due.
      paused = false;
      if (current) leave(true, false);
      note(`closed (code ${event.code}), retry in ${(retryDelay / 1000).toFixed(1)} s`);
      scheduleRetry();
    });
  }

  function scheduleRetry() {
    if (retryTimer) return;
    retryTimer = setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
  }

  // --- messages -------------------------------------------------------------------------------

  function handle(message) {
    switch (message.type) {
      case 'alert':
        receive(message.alert);
        break;
      case 'pause':
        paused = true;
        note('pause');
        break;
      case 'resume':
        paused = false;
        note('resume');
        break;
      case 'skip':
        if (current && (message.id === undefined || message.id === current.id)) leave(true);
        note('skip');
        break;
      case 'clear':
        // The streamer wants it off now; the queue needs no `done` for it.
        if (current) leave(true, false);
        note('clear');
        break;
      case 'reload':
        location.reload();
        break;
      case 'config':
        applyConfig(message.config && typeof message.config === 'object' ? message.config : message);
        break;
      default:
        break;
    }
  }

  function normalize(raw) {
    if (!raw || typeof raw !== 'object') return null;
    if (typeof raw.id !== 'string' && typeof raw.id !== 'number') return null;
    const items = Array.isArray(raw.items) ? raw.items.map(text).filter(Boolean) : [];
    return {
      id: raw.id,
      kind: text(raw.kind) || 'sale',
      buyer: text(raw.buyer),
      items,
      amount: text(raw.amount),
      message: text(raw.message),
      title: text(raw.title),
      text: text(raw.text),
      style: text(raw.style),
      tier: text(raw.tier),
      sound: text(raw.sound),
      volume: raw.volume === undefined ? undefined : clampNumber(raw.volume, 0, 1, 1),
      durationMs: clampNumber(raw.durationMs, MIN_DURATION_MS, MAX_DURATION_MS, DEFAULT_DURATION_MS),
    };
  }

  function receive(raw) {
    const alert = normalize(raw);
    if (!alert) return;
    if (current && current.id === alert.id && !current.leaving) return;
    if (finishedIds.includes(alert.id)) {
      // Our `done` may have been lost with the old connection: confirm instead of repeating it.
      send({ type: 'done', id: alert.id });
      return;
    }
    // The server sends the next alert only after this one is over; if one comes early anyway (we
    // fell behind), the new one wins at once and the old one needs no `done`.
    if (current) drop(current);
    show(alert);
  }

  function applyConfig(config) {
    if (typeof config.theme === 'string') {
      const theme = THEMES.includes(config.theme) ? config.theme : 'default';
      if (theme !== settings.theme) {
        settings.theme = theme;
        swapStylesheet('dewey-theme', `/overlay/themes/${theme}.css`);
      }
    }
    if ('volume' in config) settings.volume = clampNumber(config.volume, 0, 1, 1);
    if ('customCss' in config) {
      settings.customCss = ownUrl(config.customCss);
      if (settings.customCss) {
        // A new version each time: the streamer may have edited the file since.
        customCssVersion += 1;
        swapStylesheet('dewey-custom', `${settings.customCss}&v=${customCssVersion}`);
      } else {
        dropPendingStylesheet('dewey-custom');
        const link = document.getElementById('dewey-custom');
        if (link) link.remove();
      }
    }
    note('config');
  }

  // Loads the new sheet before dropping the old one, so the page is never unstyled in between. The
  // theme goes right after the current theme, the custom CSS last, so the custom CSS always wins.
  function swapStylesheet(id, href) {
    dropPendingStylesheet(id);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    pendingSheets[id] = link;
    const settle = () => {
      if (pendingSheets[id] !== link) return;
      delete pendingSheets[id];
      const old = document.getElementById(id);
      if (old) old.remove();
      link.id = id;
    };
    link.addEventListener('load', settle, { once: true });
    link.addEventListener('error', settle, { once: true });
    const theme = document.getElementById('dewey-theme');
    if (id === 'dewey-theme' && theme) theme.after(link);
    else document.head.append(link);
  }

  function dropPendingStylesheet(id) {
    if (pendingSheets[id]) pendingSheets[id].remove();
    delete pendingSheets[id];
  }

  // --- showing alerts ---------------------------------------------------------------------------

  function element(tag, className, content) {
    const node = document.createElement(tag);
    node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  // The server resolves the title from the streamer's template; the buyer, items and amount found
  // in it get their own spans so themes can colour them. Everything goes in as text, never HTML.
  function titleNode(alert) {
    const title = alert.title || [alert.buyer, alert.items.join(', '), alert.amount].filter(Boolean).join(' · ');
    const node = element('p', 'alert__title');
    const parts = [
      ['alert__buyer', alert.buyer],
      ['alert__amount', alert.amount],
      ...alert.items.map((item) => ['alert__item', item]),
    ];
    const ranges = [];
    for (const [className, value] of parts) {
      if (!value) continue;
      let from = 0;
      for (;;) {
        const start = title.indexOf(value, from);
        if (start < 0) break;
        const end = start + value.length;
        if (!ranges.some((r) => start < r.end && end > r.start)) {
          ranges.push({ start, end, className });
          break;
        }
        from = start + 1;
      }
    }
    ranges.sort((a, b) => a.start - b.start);
    let at = 0;
    for (const range of ranges) {
      if (range.start > at) node.append(title.slice(at, range.start));
      node.append(element('span', range.className, title.slice(range.start, range.end)));
      at = range.end;
    }
    if (at < title.length) node.append(title.slice(at));
    return node;
  }

  function build(alert) {
    const card = element('section', 'alert is-entering');
    const entered = (event) => {
      if (event.target !== card) return;
      card.classList.remove('is-entering');
      card.removeEventListener('animationend', entered);
    };
    card.addEventListener('animationend', entered);
    // Names for CSS selectors: "Big spender" becomes "Big-spender".
    const name = (value) => value.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40);
    card.dataset.kind = name(alert.kind);
    if (alert.style) card.dataset.style = name(alert.style);
    if (alert.tier) card.dataset.tier = name(alert.tier);
    card.style.setProperty('--duration', `${alert.durationMs}ms`);

    const sparks = element('div', 'alert__sparks');
    for (let i = 0; i < SPARKS; i += 1) {
      const spark = element('i', 'alert__spark');
      const angle = (i / SPARKS) * Math.PI * 2 + Math.random() * 0.4;
      const reach = 6 + Math.random() * 6;
      spark.style.setProperty('--dx', `${(Math.cos(angle) * reach * 1.8).toFixed(2)}rem`);
      spark.style.setProperty('--dy', `${(Math.sin(angle) * reach).toFixed(2)}rem`);
      spark.style.setProperty('--hue', `${Math.round(Math.random() * 360)}`);
      spark.style.setProperty('--delay', `${Math.round(Math.random() * 160)}ms`);
      sparks.append(spark);
    }

    const body = element('div', 'alert__body');
    body.append(titleNode(alert));
    if (alert.text && alert.text !== alert.title) body.append(element('p', 'alert__text', alert.text));
    if (alert.message && alert.message !== alert.text) body.append(element('p', 'alert__message', alert.message));

    const progress = element('div', 'alert__progress');
    progress.append(element('div', 'alert__bar'));
    card.append(sparks, element('div', 'alert__icon'), body, progress);
    return card;
  }

  function playSound(alert) {
    const url = ownUrl(alert.sound);
    const volume = alert.volume !== undefined ? alert.volume : settings.volume;
    if (!url || volume <= 0) return;
    const audio = new Audio(url);
    audio.volume = volume;
    // OBS allows autoplay; a browser that does not just stays silent.
    audio.play().catch(() => {});
  }

  function show(alert) {
    const card = build(alert);
    current = {
      id: alert.id,
      card,
      timer: 0,
      leaving: false,
      fast: false,
      report: true,
      shown: false,
      soundStarted: false,
    };
    const entry = current;
    stage.append(card);
    // `shown` once the card is painted; the timeout covers a source OBS renders without frames.
    const reportShown = () => {
      if (current !== entry || entry.shown || entry.leaving) return;
      entry.shown = true;
      send({ type: 'shown', id: entry.id });
    };
    // The sound starts right after the frame that shows the card: creating the Audio element and
    // starting its fetch before it would hold that frame back by a few milliseconds. Without frames,
    // it starts with the fallback; never twice, never for a card already leaving.
    const startSound = () => {
      if (current !== entry || entry.soundStarted || entry.leaving) return;
      entry.soundStarted = true;
      playSound(alert);
    };
    requestAnimationFrame(() => {
      reportShown();
      setTimeout(startSound, 0);
    });
    setTimeout(() => {
      reportShown();
      startSound();
    }, 100);
    entry.timer = setTimeout(() => {
      if (current === entry) leave(false);
    }, Math.max(0, alert.durationMs - EXIT_MS));
    note(`showing ${alert.id}`);
  }

  // Takes the alert off without a word to the server.
  function drop(entry) {
    clearTimeout(entry.timer);
    entry.card.remove();
    if (current === entry) current = null;
  }

  // `report` is false when the alert was cut short (cleared, connection gone): no `done` for it.
  function leave(fast, report = true) {
    const entry = current;
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.report = entry.report && report;
    if (entry.leaving && (entry.fast || !fast)) return;
    entry.leaving = true;
    entry.fast = entry.fast || fast;
    const card = entry.card;
    card.classList.remove('is-entering');
    card.classList.add('is-leaving');
    if (fast) card.classList.add('is-fast');
    // Wait for the card's own exit animations (not the progress bar inside it), within a limit.
    const running = card.getAnimations().filter((a) => a.effect && a.effect.getTiming().iterations !== Infinity);
    const finished = Promise.all(running.map((a) => a.finished.catch(() => {})));
    let limit = 0;
    const limited = new Promise((resolve) => {
      limit = setTimeout(resolve, fast ? 400 : EXIT_LIMIT_MS);
    });
    Promise.race([finished, limited]).then(() => {
      clearTimeout(limit);
      if (current !== entry) return;
      card.remove();
      current = null;
      if (entry.report) {
        finishedIds.push(entry.id);
        if (finishedIds.length > MAX_FINISHED_IDS) finishedIds.shift();
        send({ type: 'done', id: entry.id });
      }
      note(`done ${entry.id}`);
    });
  }

  // Lets the page load even when OBS starts before Dewey (see sw.js). Without the server's
  // Service-Worker-Allowed header the registration fails and the page simply works as before.
  if ('serviceWorker' in navigator && clientName === 'overlay') {
    navigator.serviceWorker
      .register('/overlay/sw.js', { scope: '/overlay' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active && registration.active.postMessage({ type: 'cache-page' }))
      .catch(() => {});
  }

  renderDebug();
  connect();
})();
