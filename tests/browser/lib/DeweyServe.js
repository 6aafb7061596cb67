'use strict';
// `dewey-cli serve` as a child process: a throwaway data folder and HOME, no keyring (the secrets come
// from DEWEY_* variables), its ready line parsed, and a clean SIGTERM stop.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { DEFAULT_DEADLINE_MS } = require('./wait');

class DeweyServe {
  constructor({ env = {}, dataDir = '' } = {}) {
    this.cli = process.env.DEWEY_CLI;
    if (!this.cli || !fs.existsSync(this.cli))
      throw new Error(`DEWEY_CLI must point at the built dewey-cli (got '${this.cli || ''}')`);
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'dewey-e2e-'));
    this.dataDir = dataDir || path.join(this.root, 'data');
    this.env = {
      ...process.env,
      HOME: path.join(this.root, 'home'),
      // Never the developer's keyring or data: secrets come from the environment below.
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/dewey-test-bus',
      LANG: 'en_US.UTF-8',
      LC_ALL: 'en_US.UTF-8',
      ...env,
    };
    delete this.env.DEWEY_DATA_DIR;
    this.process = null;
    this.stderr = '';
    this.ready = null;
  }

  // Starts serve on the given ports (0: any free port) and resolves with its ready line.
  async start({ overlayPort = 0, webhookPort = 0 } = {}) {
    this.stderr = '';
    const child = spawn(
      this.cli,
      ['serve', '--data-dir', this.dataDir, '--overlay-port', String(overlayPort), '--webhook-port', String(webhookPort)],
      { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process = child;
    child.stderr.on('data', (data) => {
      this.stderr += data;
    });
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    this.ready = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error('no ready line')), DEFAULT_DEADLINE_MS);
      const fail = (error) => {
        clearTimeout(timer);
        reject(new Error(`dewey-cli serve did not start: ${error.message}\n--- its stderr ---\n${this.stderr}`));
      };
      child.stdout.on('data', (data) => {
        out += data;
        const newline = out.indexOf('\n');
        if (newline < 0) return;
        clearTimeout(timer);
        try {
          resolve(JSON.parse(out.slice(0, newline)));
        } catch (error) {
          fail(new Error(`unreadable ready line '${out.slice(0, newline)}'`));
        }
      });
      child.once('exit', (code) => fail(new Error(`it exited with code ${code}`)));
    });
    return this.ready;
  }

  async stop() {
    if (!this.process) return null;
    const child = this.process;
    this.process = null;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return this.exited;
  }

  cleanup() {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

module.exports = { DeweyServe };
