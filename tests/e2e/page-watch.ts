/**
 * Watches one page and its dedicated workers: console errors and warnings, and Content Security
 * Policy violations.
 *
 * - Playwright's page 'console' event also carries console calls made in dedicated workers
 *   (`message.worker()` is set), so one listener covers both.
 * - Browser-generated messages (network failures, "Refused to …", CSP reports from workers) do
 *   not all reach that event; CDP `Log.entryAdded` on the page session delivers them, workers
 *   included.
 * - `securitypolicyviolation` events: an init script listens in the page and reports through
 *   `console.error` with a marker. Workers: CDP auto-attach (non-flat, so a Playwright
 *   CDPSession can talk to each worker through Target.sendMessageToTarget) enables the Audits
 *   domain in every dedicated worker; Audits replays the worker's ContentSecurityPolicyIssue
 *   issues from its first line on, even if the worker ran before we got there (Playwright
 *   resumes new workers itself, so injecting a listener would race). The page's own Audits
 *   issues are collected too.
 */
import type { CDPSession, ConsoleMessage, Page } from 'playwright-core';

/** One console or log message. */
export interface ConsoleEntry {
  from: 'page' | 'worker' | 'browser';
  level: string;
  text: string;
  /** Script or resource URL the message points at, when known. */
  url: string;
}

/** One Content Security Policy violation. */
export interface CspViolation {
  from: 'page' | 'worker' | 'log' | 'page-issue' | 'worker-issue';
  directive: string;
  blockedURI: string;
  sourceFile: string;
}

const marker = '[csp-violation]';

/** Source of the page's init script: reports violations through console.error with `marker`. */
const listenerSource = `(() => {
  const target = typeof document !== 'undefined' ? document : self;
  target.addEventListener('securitypolicyviolation', (e) => {
    console.error(${JSON.stringify(marker)} + ' ' + JSON.stringify({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      sourceFile: e.sourceFile,
    }));
  });
})();`;

const cspLogPattern =
  /Content Security Policy|Refused to (load|execute|connect|evaluate|create|apply)/i;

/** Console errors, warnings and CSP violations of one page and its workers. */
export class PageWatch {
  readonly console: ConsoleEntry[] = [];
  readonly log: ConsoleEntry[] = [];
  readonly violations: CspViolation[] = [];
  #nextMessageId = 1;

  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  /** Starts watching a page that has not navigated yet. */
  static async attach(page: Page): Promise<PageWatch> {
    const cdp = await page.context().newCDPSession(page);
    const watch = new PageWatch(page, cdp);
    await page.addInitScript({ content: listenerSource });
    page.on('console', (message) => watch.#onConsole(message));
    page.on('pageerror', (error) =>
      watch.console.push({ from: 'page', level: 'error', text: String(error), url: page.url() }),
    );
    cdp.on('Log.entryAdded', ({ entry }) => watch.#onLog(entry));
    cdp.on('Audits.issueAdded', ({ issue }) => watch.#onIssue(issue, 'page-issue'));
    cdp.on('Target.attachedToTarget', (event) => void watch.#onAttached(event));
    cdp.on('Target.receivedMessageFromTarget', ({ message }) => watch.#onWorkerMessage(message));
    await cdp.send('Log.enable');
    await cdp.send('Audits.enable');
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: false,
    });
    return watch;
  }

  /** Console and log errors and warnings, without duplicates (CSP reports excluded). */
  problems(options: { levels?: string[]; ignore?: RegExp[] } = {}): ConsoleEntry[] {
    const levels = options.levels ?? ['error', 'warning'];
    const seen = new Set<string>();
    const out: ConsoleEntry[] = [];
    for (const entry of [...this.console, ...this.log]) {
      const key = `${entry.level}|${entry.text}`;
      if (!levels.includes(entry.level) || seen.has(key)) continue;
      if (options.ignore?.some((pattern) => pattern.test(entry.text))) continue;
      seen.add(key);
      out.push(entry);
    }
    return out;
  }

  /** Console errors only. */
  errors(options: { ignore?: RegExp[] } = {}): ConsoleEntry[] {
    return this.problems({ ...options, levels: ['error'] });
  }

  #onConsole(message: ConsoleMessage): void {
    const text = message.text();
    const from = message.worker() ? 'worker' : 'page';
    if (text.startsWith(marker)) {
      this.violations.push({ from, ...parseViolation(text.slice(marker.length)) });
      return;
    }
    this.console.push({ from, level: message.type(), text, url: message.location().url });
  }

  #onLog(entry: { source: string; level: string; text: string; url?: string }): void {
    if (entry.text.startsWith(marker)) return; // already seen through the console event
    const level = entry.level === 'warning' ? 'warning' : entry.level;
    if (cspLogPattern.test(entry.text)) {
      this.violations.push({ from: 'log', directive: entry.text, blockedURI: '', sourceFile: '' });
    }
    const from = entry.source === 'worker' ? 'worker' : 'browser';
    this.log.push({ from, level, text: entry.text, url: entry.url ?? '' });
  }

  #onIssue(issue: AuditIssue, from: 'page-issue' | 'worker-issue'): void {
    const details = issue.details.contentSecurityPolicyIssueDetails;
    if (issue.code !== 'ContentSecurityPolicyIssue' || !details) return;
    this.violations.push({
      from,
      directive: details.violatedDirective ?? '',
      blockedURI: details.blockedURL ?? '',
      sourceFile: details.sourceCodeLocation?.url ?? '',
    });
  }

  #onWorkerMessage(message: string): void {
    let parsed: { method?: string; params?: { issue?: AuditIssue } };
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      return;
    }
    if (parsed.method === 'Audits.issueAdded' && parsed.params?.issue) {
      this.#onIssue(parsed.params.issue, 'worker-issue');
    }
  }

  async #onAttached(event: {
    sessionId: string;
    targetInfo: { type: string };
    waitingForDebugger: boolean;
  }): Promise<void> {
    const send = (method: string, params: object = {}) =>
      this.cdp
        .send('Target.sendMessageToTarget', {
          sessionId: event.sessionId,
          message: JSON.stringify({ id: this.#nextMessageId++, method, params }),
        })
        .catch(() => undefined);
    if (event.targetInfo.type === 'worker') await send('Audits.enable');
    if (event.waitingForDebugger) await send('Runtime.runIfWaitingForDebugger');
  }
}

interface AuditIssue {
  code: string;
  details: {
    contentSecurityPolicyIssueDetails?: {
      violatedDirective?: string;
      blockedURL?: string;
      sourceCodeLocation?: { url?: string };
    };
  };
}

function parseViolation(json: string): Omit<CspViolation, 'from'> {
  try {
    const data = JSON.parse(json) as Partial<CspViolation>;
    return {
      directive: String(data.directive ?? ''),
      blockedURI: String(data.blockedURI ?? ''),
      sourceFile: String(data.sourceFile ?? ''),
    };
  } catch {
    return { directive: json.trim(), blockedURI: '', sourceFile: '' };
  }
}
