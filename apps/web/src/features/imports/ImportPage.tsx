import './imports.css';
import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { currentAccessToken } from '../../api/client';
import { fieldMessage } from '../../api/errors';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { fieldId, SelectField, TextField, type FieldErrorText } from '../../ui/fields';
import { Page } from '../../ui/Page';
import { messages } from './messages';
import { IMPORT_KINDS, uploadCsv, type ImportKind, type ImportReport } from './upload';

type Phase = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'processing' };

/** The steps at which the upload's progress is announced, so a screen reader is not told every event. */
const ANNOUNCE_EVERY = 25;

export default function ImportPage() {
  const m = useMessages(messages);
  const { language } = useI18n();
  const [kind, setKind] = useState<ImportKind>('companies');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<FieldErrorText | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [announced, setAnnounced] = useState('');
  const [report, setReport] = useState<{ kind: ImportKind; report: ImportReport } | null>(null);
  const busy = phase.kind !== 'idle';
  const percent = phase.kind === 'uploading' ? phase.percent : 100;

  const refuseFile = (text: string, lang?: string) => {
    setFileError({ text, lang });
    setAnnounced(text);
    document.getElementById(fieldId('file'))?.focus();
  };

  /** The API's 400 for a file, in Danish where its shape is known. */
  const fileRefusal = (body: unknown): { text: string; lang?: string } => {
    const errors = (body as { errors?: { field?: string; messages?: string[] }[] } | null)?.errors ?? [];
    const texts = errors.flatMap(({ field = '', messages: lines = [] }) =>
      lines.map((line) => {
        if (language === 'en') return { text: line };
        if (field === 'file' && /empty/i.test(line)) return { text: m.empty };
        if (field === 'header') return { text: m.headerTooLong };
        if (/has no .* column/i.test(line)) return { text: fill(m.missingColumn, { column: field }) };
        if (/is not a column/i.test(line)) return { text: fill(m.unknownColumn, { column: field }) };
        return fieldMessage(line, language);
      }),
    );
    if (texts.length === 0) return { text: m.failed };
    return {
      text: texts.map((entry) => entry.text).join(' '),
      lang: texts.every((t) => t.lang) ? texts[0].lang : undefined,
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setFileError(undefined);
    if (!file) return refuseFile(m.chooseFile);
    if (!/\.csv$/i.test(file.name) && file.type !== 'text/csv') return refuseFile(m.notCsv);
    setReport(null);
    setPhase({ kind: 'uploading', percent: 0 });
    setAnnounced(fill(m.uploading, { percent: '0' }));
    let lastAnnounced = 0;
    const token = await currentAccessToken();
    const result = await uploadCsv(
      kind,
      file,
      token,
      (share) => {
        const percent = Math.round(share * 100);
        // Rendered at once: the events of a small file come close together, and each step should be seen.
        flushSync(() => {
          setPhase((current) => (current.kind === 'uploading' ? { kind: 'uploading', percent } : current));
          if (percent - lastAnnounced >= ANNOUNCE_EVERY || (percent === 100 && lastAnnounced < 100)) {
            lastAnnounced = percent;
            setAnnounced(fill(m.uploading, { percent: formatNumber(percent, language) }));
          }
        });
      },
      () =>
        flushSync(() => {
          setPhase({ kind: 'processing' });
          setAnnounced(m.processing);
        }),
    );
    setPhase({ kind: 'idle' });
    if (result.ok) {
      setReport({ kind, report: result.report });
      setAnnounced(fill(m.reportDone, { rows: formatNumber(result.report.rows, language) }));
      return;
    }
    switch (result.status) {
      case 400: {
        const refusal = fileRefusal(result.body);
        return refuseFile(refusal.text, refusal.lang);
      }
      case 413:
        return refuseFile(m.tooLarge);
      case 415:
        return refuseFile(m.unsupported);
      case 401:
        setFormError(m.signedOut);
        return;
      case 403:
        setFormError(m.forbidden);
        return;
      case 0:
        setFormError(m.offline);
        return;
      default:
        setFormError(m.failed);
    }
  };

  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <form className="import-form" aria-label={m.formLabel} onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          name="kind"
          label={m.kind}
          options={IMPORT_KINDS.map((value) => ({ value, label: m.kinds[value] }))}
          value={kind}
          onChange={(event) => setKind(event.target.value as ImportKind)}
          disabled={busy}
        />
        <TextField
          name="file"
          type="file"
          accept=".csv,text/csv"
          label={m.file}
          hint={
            <>
              {m.fileHint} {m.columns[kind]}
            </>
          }
          error={fileError}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileError(undefined);
          }}
          disabled={busy}
        />
        {formError && (
          <p role="alert" className="error">
            {formError}
          </p>
        )}
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {m.submit}
          </button>
        </p>
        {busy && (
          <div className="import-progress">
            <label htmlFor="import-progress">{m.progressLabel}</label>{' '}
            <progress id="import-progress" max={100} value={percent}>
              {percent} %
            </progress>{' '}
            <span>{fill(m.uploading, { percent: formatNumber(percent, language) })}</span>
            {phase.kind === 'processing' && <p className="import-processing">{m.processing}</p>}
          </div>
        )}
        <p role="status" aria-live="polite" className="visually-hidden">
          {announced}
        </p>
      </form>
      {report && <Report kind={report.kind} report={report.report} />}
    </Page>
  );
}

function Report({ kind, report }: { kind: ImportKind; report: ImportReport }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const count = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby="import-report-title" className="import-report">
      <h2 id="import-report-title">
        {m.reportTitle}: {m.kinds[kind].toLowerCase()}
      </h2>
      <dl className="facts">
        <dt>{m.rows}</dt>
        <dd>{count(report.rows)}</dd>
        <dt>{m.imported}</dt>
        <dd>{count(report.imported)}</dd>
        <dt>{m.updated}</dt>
        <dd>{count(report.updated)}</dd>
        <dt>{m.unchanged}</dt>
        <dd>{count(report.unchanged)}</dd>
        <dt>{m.refused}</dt>
        <dd>{count(report.rejectedRows)}</dd>
      </dl>
      {report.rejected.length === 0 ? (
        <p>{m.noneRefused}</p>
      ) : (
        <>
          <table className="data">
            <caption>{m.refusedCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.line}</th>
                <th scope="col">{m.field}</th>
                <th scope="col">{m.message}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((row, index) => {
                const message = fieldMessage(row.message, language);
                return (
                  <tr key={`${row.line}-${row.field}-${index}`}>
                    <th scope="row">{count(row.line)}</th>
                    <td>{row.field}</td>
                    <td lang={message.lang}>{message.text}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {report.rejected.length >= 1000 && <p>{fill(m.refusedMore, { count: count(report.rejected.length) })}</p>}
        </>
      )}
    </section>
  );
}
