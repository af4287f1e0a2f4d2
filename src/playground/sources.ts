/**
 * Where a document comes from: a file (picked or dropped) or a URL. Each gives
 * the text to put in the editor, or a LoadError saying plainly what went wrong.
 */
import { httpStatus } from '../utils/http';

/** Larger files are refused: a content document is tens of kilobytes. */
export const MAX_BYTES = 5 * 1024 * 1024;

export class LoadError extends Error {}

const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The text of a picked or dropped file. */
export async function readDocumentFile(file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new LoadError(`${file.name} is ${size(file.size)}; the playground opens documents up to ${size(MAX_BYTES)}`);
  try {
    return await file.text();
  } catch (e) {
    throw new LoadError(`could not read ${file.name}: ${(e as Error).message}`);
  }
}

/** The text at an http(s) URL (absolute, or relative to the page). */
export async function fetchDocument(input: string, base: string): Promise<{ url: string; text: string }> {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    throw new LoadError(`"${input}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new LoadError(`only http(s) URLs load here, not ${url.protocol}`);
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (e) {
    // fetch gives no detail on purpose; the usual causes are these.
    throw new LoadError(`could not reach ${url.href} (offline, or the server does not allow this page to read it: CORS): ${(e as Error).message}`);
  }
  if (!res.ok) throw new LoadError(`${url.href} answered ${httpStatus(res)}`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new LoadError(`${url.href} is ${size(length)}; the playground opens documents up to ${size(MAX_BYTES)}`);
  return { url: url.href, text: await res.text() };
}
