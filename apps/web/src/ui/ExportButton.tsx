import { useState } from 'react';
import { defineMessages, fill, useMessages } from '../i18n';
import { downloadCsv, DownloadError } from './downloadCsv';

const messages = defineMessages({
  da: {
    label: 'Eksportér som CSV',
    running: 'Eksporterer …',
    done: 'Filen {name} er hentet.',
    forbidden: 'Du har ikke adgang til at eksportere denne liste.',
    invalid: 'Filtrene kan ikke bruges til eksporten. Ret dem og prøv igen.',
    signedOut: 'Du er blevet logget ud. Log ind igen for at eksportere.',
    failed: 'Eksporten mislykkedes. Prøv igen om lidt.',
  },
  en: {
    label: 'Export as CSV',
    running: 'Exporting …',
    done: 'The file {name} has been downloaded.',
    forbidden: 'You may not export this list.',
    invalid: 'The filters cannot be used for the export. Correct them and try again.',
    signedOut: 'You have been signed out. Sign in again to export.',
    failed: 'The export failed. Try again in a moment.',
  },
});

/**
 * A button that downloads a list as CSV with the list's current filters, saying while it runs, when it is done and
 * why it failed (in words, next to the button).
 */
export function ExportButton({
  path,
  query,
  fileName,
  label,
}: {
  path: string;
  query: Record<string, string | number | boolean | undefined | null>;
  fileName: string;
  label?: string;
}) {
  const m = useMessages(messages);
  const [state, setState] = useState<{ kind: 'idle' | 'running' | 'done' | 'failed'; text?: string }>({
    kind: 'idle',
  });
  const run = async () => {
    setState({ kind: 'running', text: m.running });
    try {
      const name = await downloadCsv(path, query, fileName);
      setState({ kind: 'done', text: fill(m.done, { name }) });
    } catch (error) {
      const status = error instanceof DownloadError ? error.status : 0;
      const text = status === 403 ? m.forbidden : status === 400 ? m.invalid : status === 401 ? m.signedOut : m.failed;
      setState({ kind: 'failed', text });
    }
  };
  return (
    <span className="export-action">
      <button type="button" onClick={() => void run()} disabled={state.kind === 'running'}>
        {label ?? m.label}
      </button>{' '}
      <span role="status" className={state.kind === 'failed' ? 'error' : undefined}>
        {state.text}
      </span>
    </span>
  );
}
