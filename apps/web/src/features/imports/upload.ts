import type { Schemas } from '../../api/client';

export type ImportKind = 'companies' | 'candidates' | 'postings';
export const IMPORT_KINDS: readonly ImportKind[] = ['companies', 'candidates', 'postings'];
export type ImportReport = Schemas['ImportReportResponse'];

/** The answer of an upload: the report, or the status and body of a refusal (status 0: the API was not reached). */
export type UploadResult = { ok: true; report: ImportReport } | { ok: false; status: number; body: unknown };

/**
 * Sends the file as `text/csv` with XMLHttpRequest, which (unlike fetch) reports the upload's progress: `onProgress`
 * gets the share sent (0 to 1), `onSent` is called once the whole file is out and the API is reading it.
 */
export function uploadCsv(
  kind: ImportKind,
  file: Blob,
  token: string | null,
  onProgress: (share: number) => void,
  onSent: () => void,
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/imports/${kind}`);
    request.setRequestHeader('Content-Type', 'text/csv; charset=utf-8');
    request.setRequestHeader('Accept', 'application/json');
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => {
      onProgress(1);
      onSent();
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText) as unknown;
      } catch {
        body = null;
      }
      if (request.status === 200) resolve({ ok: true, report: body as ImportReport });
      else resolve({ ok: false, status: request.status, body });
    };
    request.onerror = () => resolve({ ok: false, status: 0, body: null });
    request.send(file);
  });
}
