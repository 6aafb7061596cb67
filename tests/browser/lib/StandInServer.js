'use strict';
// A stand-in for Dewey's overlay server (docs/OVERLAY_PROTOCOL.md), so the page can be tested on its
// own: it serves overlay/web the way OverlayServer does (same paths, same CSP; the token on the page,
// the socket and the streamer's files under /media) and speaks protocol 1 over `ws`, answering hello
// with a config. It records every request and message so tests can wait for them.
const fs = require('fs');
const http = require('http');
const path = require('path');
const { requireTool, webDir } = require('./tools');
const { waitFor } = require('./wait');

const { WebSocketServer } = requireTool('ws');

const CSP =
  "default-src 'self'; connect-src 'self'; img-src 'self' data:; media-src 'self'; " +
  "style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.ogg': 'audio/ogg',
  '.svg': 'image/svg+xml',
};

class StandInServer {
  constructor({ token = 'test-token-0123456789', media = {}, config = {} } = {}) {
    this.token = token;
    this.media = media; // key → file, served at /media/<key>?token=…
    this.config = { theme: 'default', customCss: null, volume: 1, ...config };
    this.requests = []; // { path, query, status, bytes }
    this.messages = []; // { client, message } from the page
    this.clients = new Set();
    this.connections = 0;
    this.port = 0;
    this.http = null;
    this.wss = null;
    this.sockets = new Set();
    this.refuseSockets = false; // true: answer every WebSocket upgrade with 503, like a starting app
    this.onMessage = null; // called with every message from a page, after it was recorded
    this.serviceWorkerAllowed = true; // false: like a server without the Service-Worker-Allowed header
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  pageUrl(extra = '') {
    return `${this.origin}/overlay?token=${this.token}${extra}`;
  }

  // Listens on `port` (0: any free port; the same port again after stop(), to test reconnects).
  async start(port = this.port) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
    this.http = http.createServer((req, res) => this.serve(req, res));
    this.http.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.http.on('upgrade', (req, socket, head) => this.upgrade(req, socket, head));
    await new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, '127.0.0.1', resolve);
    });
    this.port = this.http.address().port;
  }

  // Goes away the way a crashed or quitting app does: every connection drops at once.
  async stop() {
    for (const client of this.clients) client.terminate();
    this.clients.clear();
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.http.close(resolve));
    this.wss.close();
  }

  hostAllowed(req) {
    const host = (req.headers.host || '').toLowerCase();
    return ['127.0.0.1', 'localhost', '[::1]'].some((name) => host === name || host === `${name}:${this.port}`);
  }

  // extraHeaders: what OverlayServer adds for some files (see docs/OVERLAY_PROTOCOL.md, Assets).
  serve(req, res) {
    const url = new URL(req.url, this.origin);
    const record = { path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0, bytes: 0 };
    this.requests.push(record);
    const reply = (status, type, body, extraHeaders = {}) => {
      record.status = status;
      record.bytes = body.length;
      res.writeHead(status, {
        ...extraHeaders,
        'Content-Type': type,
        'Content-Length': body.length,
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(body);
    };
    const fail = (status) => reply(status, 'text/plain; charset=utf-8', Buffer.alloc(0));
    const tokenOk = url.searchParams.get('token') === this.token;

    if (req.method !== 'GET') return fail(405);
    if (!this.hostAllowed(req)) return fail(421);
    if (url.pathname === '/overlay') {
      if (!tokenOk) return fail(403);
      return reply(200, TYPES['.html'], fs.readFileSync(path.join(webDir, 'overlay.html')));
    }
    if (url.pathname.startsWith('/media/')) {
      if (!tokenOk) return fail(403);
      const file = this.media[url.pathname.slice('/media/'.length)];
      if (!file || !fs.existsSync(file)) return fail(404);
      return reply(200, TYPES[path.extname(file)] || 'application/octet-stream', fs.readFileSync(file));
    }
    if (url.pathname.startsWith('/overlay/')) {
      const relative = url.pathname.slice('/overlay/'.length);
      const file = path.resolve(webDir, relative);
      const type = TYPES[path.extname(file)];
      if (!file.startsWith(webDir + path.sep) || !type || relative === 'overlay.html' || !fs.existsSync(file))
        return fail(404);
      const extra = relative === 'sw.js' && this.serviceWorkerAllowed ? { 'Service-Worker-Allowed': '/overlay' } : {};
      return reply(200, type, fs.readFileSync(file), extra);
    }
    return fail(404);
  }

  upgrade(req, socket, head) {
    const url = new URL(req.url, this.origin);
    const origin = req.headers.origin;
    const refuse = (status) => {
      socket.end(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== '/ws') return refuse(404);
    if (this.refuseSockets) return refuse(503);
    if (!this.hostAllowed(req)) return refuse(421);
    if (url.searchParams.get('token') !== this.token) return refuse(403);
    if (origin !== undefined && origin !== this.origin && origin !== `http://localhost:${this.port}`)
      return refuse(403);
    this.wss.handleUpgrade(req, socket, head, (client) => {
      this.connections += 1;
      const id = this.connections;
      this.clients.add(client);
      client.on('message', (data) => {
        let message;
        try {
          message = JSON.parse(String(data));
        } catch (error) {
          message = { type: '<not json>', raw: String(data) };
        }
        this.messages.push({ client: id, message, at: Date.now() });
        if (message.type === 'hello') client.send(JSON.stringify({ type: 'config', protocol: 1, config: this.config }));
        if (this.onMessage) this.onMessage(message);
      });
      client.on('close', () => this.clients.delete(client));
    });
  }

  send(message) {
    const data = JSON.stringify(message);
    for (const client of this.clients) client.send(data);
  }

  sendAlert(alert) {
    this.send({ type: 'alert', alert });
  }

  received(type, predicate = () => true) {
    return this.messages.filter((m) => m.message.type === type && predicate(m.message));
  }

  async waitForMessage(type, predicate = () => true, what = `a '${type}' message`) {
    await waitFor(() => this.received(type, predicate).length > 0, what);
    return this.received(type, predicate)[0].message;
  }

  // Waits for the `count`-th hello: every (re)connection of the page says hello first.
  async waitForHello(count = 1) {
    await waitFor(() => this.received('hello').length >= count, `hello number ${count} from the page`);
    return this.received('hello')[count - 1].message;
  }
}

module.exports = { StandInServer, CSP };
