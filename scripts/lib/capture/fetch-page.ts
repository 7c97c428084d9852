/**
 * Fetches a page to capture: web addresses only (http and https), redirects followed, within
 * a time and a size limit, HTML only. Every way it can fail ends in a CaptureError that says
 * what happened and what to do instead: usually, save the page in a browser and capture the file.
 */
import { CaptureError } from './capture-error.ts';
import { charsetOf, decodeHtml } from './decode-html.ts';

export interface FetchLimits {
  /** How long the whole fetch may take, redirects and body included. */
  timeoutMs: number;
  /** The largest page read, in bytes. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 };

/** A fetched page: its text and the address it was finally read from, after redirects. */
export interface FetchedPage {
  html: string;
  finalUrl: string;
}

const SAVE_INSTEAD =
  'Open the page in a browser, save it (File > Save Page As…, "Web Page, HTML only") and capture the saved file: ' +
  'npm run source -- add <file.html> --id <source-id> --url <address>';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** True when the argument is written as an address (`scheme:…`) rather than as a file's path. */
export function looksLikeAddress(target: string): boolean {
  // A Windows path such as C:\page.html has a one-letter "scheme".
  return /^[a-z][a-z0-9+.-]+:/i.test(target);
}

/** The address to fetch, or a CaptureError for one that is not a web page's. */
export function webPageAddress(target: string): URL {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new CaptureError(`"${target}" is not a web address: write it in full, e.g. https://example.org/news/story`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const file = url.protocol === 'file:' ? " For a saved page, give the file's path, e.g. ./page.html." : '';
    throw new CaptureError(
      `Only web pages can be captured from an address (http:// or https://), not ${url.protocol} addresses.${file}`,
    );
  }
  return url;
}

function sizeInWords(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a request failed before an answer came, in an editor's words. */
function unreachable(url: URL, error: unknown, limits: FetchLimits): CaptureError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new CaptureError(`${url.href} did not answer within ${String(limits.timeoutMs / 1000)} s. ${SAVE_INSTEAD}`);
  }
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : '';
  const reason =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? `the name ${url.hostname} could not be looked up: this computer may be offline, or the address misspelt`
      : code === 'ECONNREFUSED'
        ? `${url.host} refused the connection: nothing answers at that address`
        : `the connection failed (${code || (cause instanceof Error ? cause.message : String(error))})`;
  return new CaptureError(`Cannot fetch ${url.href}: ${reason}. ${SAVE_INSTEAD}`);
}

/** Reads a response's body, stopping as soon as it passes the size limit. */
async function readBody(response: Response, url: URL, limits: FetchLimits): Promise<Uint8Array> {
  const tooLarge = () =>
    new CaptureError(
      `${url.href} is larger than ${sizeInWords(limits.maxBytes)}, more than a news page should be: ` +
        `it was not read. ${SAVE_INSTEAD}`,
    );
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Fetches an HTML page, following redirects; throws a CaptureError when it cannot. */
export async function fetchPage(url: URL, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    throw unreachable(url, error, limits);
  }
  if (!response.ok) {
    await response.body?.cancel();
    const status = `${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new CaptureError(
      `${url.href} answered ${status}, not the page: check the address${response.status === 403 || response.status === 401 ? ', or save the page from a browser where you can read it' : ''}. ${SAVE_INSTEAD}`,
    );
  }
  const contentType = response.headers.get('content-type');
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== '' && !HTML_TYPES.has(type)) {
    await response.body?.cancel();
    throw new CaptureError(
      `${url.href} is not a web page but ${type}: only HTML pages can be captured. ` +
        'For a PDF or another document, copy its text into the .txt file yourself.',
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBody(response, url, limits);
  } catch (error) {
    if (error instanceof CaptureError) throw error;
    throw unreachable(url, error, limits);
  }
  return { html: decodeHtml(bytes, charsetOf(contentType)), finalUrl: response.url || url.href };
}
