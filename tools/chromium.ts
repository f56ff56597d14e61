// Headless Chromium driven over the DevTools protocol with Node's built-in WebSocket: load a
// page, collect console errors and network requests, measure elements, take a screenshot.
// Used by the report's browser test and by the report screenshot tool; no browser library.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The Chromium to use: $CHROMIUM when set, else the first of the usual names on PATH; null when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const isExecutable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const explicit = env['CHROMIUM'];
  if (explicit) return isExecutable(explicit) ? explicit : null;
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of CANDIDATES) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

/** Flags that keep Chromium from reaching the network or doing anything but render the page. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--remote-debugging-port=0',
] as const;

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (err: Error) => void;
}

type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

/** A DevTools protocol connection: commands with replies, events by name. */
export class CdpConnection {
  readonly #socket: WebSocket;
  #next = 1;
  readonly #pending = new Map<number, Pending>();
  readonly #listeners = new Map<string, Listener[]>();

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as {
        id?: number;
        method?: string;
        params?: Record<string, unknown>;
        result?: Record<string, unknown>;
        error?: { message: string };
        sessionId?: string;
      };
      if (message.id !== undefined) {
        const pending = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (message.error) pending?.reject(new Error(`DevTools: ${message.error.message}`));
        else pending?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.#listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
      }
    });
    socket.addEventListener('close', () => {
      for (const p of this.#pending.values()) p.reject(new Error('DevTools connection closed'));
      this.#pending.clear();
    });
  }

  static connect(url: string): Promise<CdpConnection> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.addEventListener('open', () => resolve(new CdpConnection(socket)), { once: true });
      socket.addEventListener('error', () => reject(new Error(`cannot connect to DevTools at ${url}`)), { once: true });
    });
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  on(method: string, listener: Listener): void {
    this.#listeners.set(method, [...(this.#listeners.get(method) ?? []), listener]);
  }

  close(): void {
    this.#socket.close();
  }
}

export interface Browser {
  cdp: CdpConnection;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Start Chromium with a fresh profile and connect to it; the port is read from DevToolsActivePort. */
export async function launchChromium(executable: string, timeoutMs = 30_000): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'ghost-chromium-'));
  const child: ChildProcess = spawn(executable, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString('utf8')).slice(-2000);
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      for (let i = 0; i < 50 && !exited; i += 1) await sleep(100);
      if (!exited) child.kill('SIGKILL');
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + timeoutMs;
    let endpoint: string | null = null;
    while (endpoint === null) {
      if (exited) throw new Error(`chromium exited before it was ready: ${stderr.trim().split('\n').pop() ?? ''}`);
      if (Date.now() > deadline) throw new Error(`chromium did not start within ${timeoutMs} ms`);
      try {
        const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
        if (port && path) endpoint = `ws://127.0.0.1:${port.trim()}${path.trim()}`;
      } catch {
        await sleep(100);
      }
    }
    const cdp = await CdpConnection.connect(endpoint);
    return {
      cdp,
      async close() {
        await cdp.send('Browser.close').catch(() => {});
        cdp.close();
        await stop();
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

export interface PageVisit {
  /** Console errors, uncaught exceptions and error log entries, one line each. */
  errors: string[];
  /** Every URL the page asked for, the page itself included. */
  requests: string[];
  /** Results of the expressions asked for, by name. */
  values: Record<string, unknown>;
  /** A full-page PNG. */
  screenshot: Buffer;
}

export interface VisitOptions {
  width?: number;
  /** JavaScript expressions evaluated in the page after load; results must be JSON. */
  evaluate?: Record<string, string>;
  timeoutMs?: number;
}

/** Open `url` in a new tab, wait for load, evaluate, screenshot the whole page. */
export async function visitPage(browser: Browser, url: string, options: VisitOptions = {}): Promise<PageVisit> {
  const { cdp } = browser;
  const width = options.width ?? 1000;
  const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  const errors: string[] = [];
  const requests: string[] = [];
  const mine = (id: string | undefined) => id === sessionId;
  cdp.on('Runtime.consoleAPICalled', (p, id) => {
    if (!mine(id) || (p['type'] !== 'error' && p['type'] !== 'assert')) return;
    const args = (p['args'] as Array<{ value?: unknown; description?: string }>) ?? [];
    errors.push(`console.${String(p['type'])}: ${args.map((a) => a.description ?? String(a.value)).join(' ')}`);
  });
  cdp.on('Runtime.exceptionThrown', (p, id) => {
    if (mine(id)) errors.push(`exception: ${JSON.stringify((p['exceptionDetails'] as { text?: string })?.text ?? p)}`);
  });
  cdp.on('Log.entryAdded', (p, id) => {
    const entry = p['entry'] as { level?: string; text?: string; url?: string };
    if (mine(id) && entry.level === 'error') errors.push(`log: ${entry.text ?? ''}${entry.url ? ` (${entry.url})` : ''}`);
  });
  cdp.on('Network.requestWillBeSent', (p, id) => {
    if (mine(id)) requests.push(String((p['request'] as { url?: string })?.url));
  });
  let loaded: () => void = () => {};
  const load = new Promise<void>((r) => {
    loaded = r;
  });
  cdp.on('Page.loadEventFired', (_p, id) => {
    if (mine(id)) loaded();
  });
  for (const domain of ['Page', 'Runtime', 'Network', 'Log']) await cdp.send(`${domain}.enable`, {}, sessionId);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 800, deviceScaleFactor: 1, mobile: false }, sessionId);
  await cdp.send('Page.navigate', { url }, sessionId);
  const timeoutMs = options.timeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    load,
    new Promise((_r, reject) => {
      timer = setTimeout(() => reject(new Error(`${url} did not load within ${timeoutMs} ms`)), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  const values: Record<string, unknown> = {};
  for (const [name, expression] of Object.entries(options.evaluate ?? {})) {
    const reply = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)) as {
      result: { value?: unknown };
      exceptionDetails?: { text?: string };
    };
    if (reply.exceptionDetails) throw new Error(`evaluating ${name}: ${reply.exceptionDetails.text ?? 'exception'}`);
    values[name] = reply.result.value;
  }
  const metrics = (await cdp.send('Page.getLayoutMetrics', {}, sessionId)) as { cssContentSize: { height: number } };
  const height = Math.ceil(metrics.cssContentSize.height);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
  const shot = (await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }, sessionId)) as { data: string };
  await cdp.send('Target.closeTarget', { targetId });
  return { errors, requests, values, screenshot: Buffer.from(shot.data, 'base64') };
}

/** Width and height from a PNG's header; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
