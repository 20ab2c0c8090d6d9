import type { LabDeployNamespaces, PredictResponse } from '../api/deploy-types';
import type { PredictionLogRow } from '../storage/entities/prediction-log-row';
import { toLabError, type LabError } from '../shared/lab-error';
import { parseRequestText, type ParsedRequest } from '../ui/stages/deploy/request-json';

/** The part of the facade the request console calls. */
export interface DeployConsoleLab {
  serve: LabDeployNamespaces['serve'];
}

/** How many of the endpoint's latest logged predictions the console lists. */
export const consoleLogLimit = 20;

/** A request that could not be read, as the console shows it. */
export type RequestProblem = Exclude<ParsedRequest, { ok: true }>;

/**
 * The request console: the chosen endpoint, the JSON text, sending it, the response (or the
 * facade's error, or where the JSON is wrong), and the endpoint's recent log.
 */
export class DeployConsole {
  endpoint = $state<string | null>(null);
  text = $state('');
  problem = $state.raw<RequestProblem | null>(null);
  response = $state.raw<PredictResponse | null>(null);
  error = $state.raw<LabError | null>(null);
  log = $state.raw<PredictionLogRow[]>([]);
  sending = $state(false);
  readonly #lab: DeployConsoleLab;
  #request = 0;

  constructor(lab: DeployConsoleLab) {
    this.#lab = lab;
  }

  /** Opens an endpoint with example text, clears the last answer and reads its log. */
  async choose(endpoint: string | null, exampleText: string): Promise<void> {
    if (endpoint !== this.endpoint) {
      this.endpoint = endpoint;
      this.text = exampleText;
      this.response = null;
      this.error = null;
      this.problem = null;
    }
    await this.loadLog();
  }

  /** Sends the text's rows to the endpoint; a JSON problem is kept for the page, not thrown. */
  async send(): Promise<void> {
    const endpoint = this.endpoint;
    if (endpoint === null || this.sending) return;
    const parsed = parseRequestText(this.text);
    this.error = null;
    if (!parsed.ok) {
      this.problem = parsed;
      this.response = null;
      return;
    }
    this.problem = null;
    this.sending = true;
    const request = ++this.#request;
    try {
      const response = await this.#lab.serve.predict(endpoint, parsed.rows);
      if (request !== this.#request) return;
      this.response = response;
    } catch (thrown) {
      if (request !== this.#request) return;
      this.response = null;
      this.error = toLabError(thrown);
    } finally {
      if (request === this.#request) this.sending = false;
    }
    await this.loadLog();
  }

  /** Reads the endpoint's latest logged predictions, newest first. */
  async loadLog(): Promise<void> {
    const endpoint = this.endpoint;
    if (endpoint === null) {
      this.log = [];
      return;
    }
    try {
      const rows = await this.#lab.serve.log(endpoint, { limit: consoleLogLimit });
      if (endpoint === this.endpoint) this.log = rows.slice(0, consoleLogLimit);
    } catch (thrown) {
      if (endpoint === this.endpoint) this.error = toLabError(thrown);
    }
  }
}
