import { Fragment, useState, type FormEvent } from 'react';
import { fieldMessage } from '../../api/errors';
import { fill, formatDate, formatNumber, useI18n, useMessages } from '../../i18n';
import { TextField } from '../../ui/fields';
import { ErrorSummary, submitErrorsOf, type SubmitErrors } from '../../ui/forms';
import { importStarCsv, type SkipReason, type StarImportReport } from './api';
import { messages, STAR_EXAMPLE } from './messages';

const QUERY_FIELDS = new Set(['rarArea', 'validFrom', 'validTo', 'name']);
const NONE: SubmitErrors = { fields: {}, form: null };

/** STAR's Arbejdsmarkedsbalancen as a CSV file into a new period, with the report of what was left out and why. */
export function StarImport({ onImported }: { onImported: () => void }) {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [rarArea, setRarArea] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<SubmitErrors>(NONE);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<StarImportReport | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setReport(null);
    if (!file) {
      setErrors({ fields: { 'star.file': { text: m.chooseFile } }, form: t.form.invalid });
      return;
    }
    setBusy(true);
    try {
      setReport(await importStarCsv(file, { rarArea, validFrom, validTo, name }));
      setErrors(NONE);
      onImported();
    } catch (error) {
      const refused = submitErrorsOf(error, t, language);
      // Whatever is wrong with the file itself (its header, its periode, its rows) is said next to the file field.
      // The fields are named star.* here: the period form on the same page has fields of the same names.
      const fields = Object.fromEntries(
        Object.entries(refused.fields).map(([field, text]) =>
          QUERY_FIELDS.has(field)
            ? [`star.${field}`, text]
            : ['star.file', { ...text, text: `${field}: ${text.text}` }],
        ),
      );
      setErrors({ ...refused, fields });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="shortage-section" aria-labelledby="star-import-title">
      <h2 id="star-import-title">{m.importTitle}</h2>
      <p>{m.importIntro}</p>
      <p>{m.importColumns}</p>
      <pre className="shortage-example">
        <code>{STAR_EXAMPLE}</code>
      </pre>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="star-import-title">
        <ErrorSummary
          errors={errors}
          labels={{
            'star.file': m.file,
            'star.rarArea': m.rarArea,
            'star.validFrom': m.validFrom,
            'star.validTo': m.validTo,
            'star.name': m.importName,
          }}
        />
        <div className="form-grid">
          <TextField
            name="star.file"
            type="file"
            accept=".csv,text/csv"
            label={m.file}
            error={errors.fields['star.file']}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            disabled={busy}
          />
          <TextField
            name="star.rarArea"
            label={m.rarArea}
            hint={m.importRarAreaHint}
            value={rarArea}
            onChange={(event) => setRarArea(event.target.value)}
            error={errors.fields['star.rarArea']}
          />
          <TextField
            name="star.validFrom"
            label={m.validFrom}
            hint={m.importDatesHint}
            value={validFrom}
            onChange={(event) => setValidFrom(event.target.value)}
            error={errors.fields['star.validFrom']}
          />
          <TextField
            name="star.validTo"
            label={m.validTo}
            hint={m.importDatesHint}
            value={validTo}
            onChange={(event) => setValidTo(event.target.value)}
            error={errors.fields['star.validTo']}
          />
          <TextField
            name="star.name"
            label={m.importName}
            hint={m.importNameHint}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.fields['star.name']}
          />
        </div>
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? m.importing : m.importSubmit}
          </button>
        </p>
      </form>
      <p role="status" aria-live="polite" className="visually-hidden">
        {report
          ? `${m.reportTitle}: ${m.occupationsStored} ${formatNumber(report.occupationsStored, language)}, ` +
            `${m.skippedRows} ${formatNumber(report.skippedRows, language)}`
          : ''}
      </p>
      {report && <Report report={report} />}
    </section>
  );
}

function Report({ report }: { report: StarImportReport }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const count = (value: number) => formatNumber(value, language);
  const reasons = Object.entries(report.skippedByReason) as [SkipReason, number][];
  return (
    <section aria-labelledby="star-report-title">
      <h3 id="star-report-title">{m.reportTitle}</h3>
      <dl className="facts">
        <dt>{m.reportPeriod}</dt>
        <dd>
          {report.period.name} (
          {fill(m.periodDates, {
            from: formatDate(report.period.validFrom, language),
            to: formatDate(report.period.validTo, language),
          })}
          )
        </dd>
        <dt>{m.rows}</dt>
        <dd>{count(report.rows)}</dd>
        <dt>{m.occupationsStored}</dt>
        <dd>{count(report.occupationsStored)}</dd>
        <dt>{m.skippedRows}</dt>
        <dd>{count(report.skippedRows)}</dd>
        {reasons
          .filter(([, n]) => n > 0)
          .map(([reason, n]) => (
            <Fragment key={reason}>
              <dt>{m.reasons[reason]}</dt>
              <dd>{count(n)}</dd>
            </Fragment>
          ))}
      </dl>
      {report.skipped.length > 0 && (
        <table className="data">
          <caption>{m.skippedCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.line}</th>
              <th scope="col">{m.reason}</th>
              <th scope="col">{m.message}</th>
            </tr>
          </thead>
          <tbody>
            {report.skipped.map((row) => {
              const message = fieldMessage(row.message, language);
              return (
                <tr key={`${row.line}-${row.reason}`}>
                  <th scope="row">{count(row.line)}</th>
                  <td>{m.reasons[row.reason]}</td>
                  <td lang={message.lang}>{message.text}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
