import { currentAccessToken } from '../api/client';

/** Why a download failed: the HTTP status (0 when the API could not be reached). */
export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`download failed: ${status}`);
  }
}

/** The file name a Content-Disposition header gives (`filename*=UTF-8''…` first), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * Fetches a CSV export with the session's access token (the API's `api` client cannot hand over a file) and saves it
 * as a download named as the API names it. `query` is the list's current filters; empty values are left out.
 */
export async function downloadCsv(
  path: string,
  query: Record<string, string | number | boolean | undefined | null>,
  fallbackName: string,
): Promise<string> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const url = search.size ? `${path}?${search.toString()}` : path;
  const token = await currentAccessToken();
  const response = await fetch(url, {
    headers: { Accept: 'text/csv', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    credentials: 'same-origin',
  }).catch(() => null);
  if (!response) throw new DownloadError(0);
  if (!response.ok) throw new DownloadError(response.status);
  return saveDownload(response, fallbackName);
}

/** Saves a fetched file as a download named as the API names it (or the fallback); returns the name. */
export async function saveDownload(response: Response, fallbackName: string): Promise<string> {
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob is let go.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
