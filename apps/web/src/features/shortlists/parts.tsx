import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDateTime, useI18n, useMessages } from '../../i18n';
import type { FieldErrorText } from '../../ui/fields';
import { QueryState } from '../../ui/states';
import { messages } from './messages';
import { shortlistPath } from './routes';

export type Shortlist = Schemas['ShortlistResponse'];
export type ShortlistSummary = Schemas['ShortlistSummaryResponse'];
export type ShortlistStatus = ShortlistSummary['status'];

/** The shortlists of one intake or posting, as links, for the intake's and the posting's pages. */
export function ShortlistsSection({ intakeId, postingId }: { intakeId?: string; postingId?: string }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const query = { ...(intakeId ? { intakeId } : {}), ...(postingId ? { postingId } : {}), pageSize: 100 };
  const lists = useQuery({
    queryKey: ['shortlists', 'list', query],
    queryFn: () => unwrap(api.GET('/api/v1/shortlists', { params: { query } })),
  });
  return (
    <section aria-labelledby="shortlists-heading">
      <h2 id="shortlists-heading">{m.section}</h2>
      <QueryState query={lists}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{m.sectionNone}</p>
          ) : (
            <ul>
              {page.items.map((list) => (
                <li key={list.id}>
                  <Link to={shortlistPath(list.id)}>
                    {fill(m.open, { status: m.statuses[list.status].toLowerCase(), count: String(list.entryCount) })}
                  </Link>{' '}
                  ({formatDateTime(list.sentAt ?? list.createdAt, language)})
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

/** A question that must be answered before an action is taken, with the focus moved to it. */
export function Confirm({
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy,
  error,
}: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: string | null;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} className="shortlist-confirm" role="alertdialog" aria-label={question} tabIndex={-1}>
      <p>{question}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}

/** Radio buttons in a fieldset, with the field's error beside them as the other fields show it. */
export function RadioGroup({
  id,
  name,
  legend,
  value,
  options,
  onChange,
  error,
}: {
  /** The first radio's id, which the error summary links to. */
  id: string;
  name: string;
  legend: ReactNode;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: FieldErrorText;
}) {
  const { t } = useI18n();
  const errorId = useId();
  return (
    <fieldset
      className={`radio-group field${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={errorId} className="field-error" lang={error.lang}>
          <span className="visually-hidden">{t.form.errorPrefix} </span>
          {error.text}
        </p>
      )}
      {options.map((option, index) => (
        <label key={option.value}>
          <input
            type="radio"
            id={index === 0 ? id : undefined}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-invalid={error ? true : undefined}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
