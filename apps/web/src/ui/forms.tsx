import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, fieldMessage } from '../api/errors';
import { fill, useI18n, type Language } from '../i18n';
import type { Messages } from '../i18n/da';
import { fieldId, type FieldErrorText } from './fields';

/** What a failed submit left to show: a message per field (by the API's field name) and one for the whole form. */
export interface SubmitErrors {
  fields: Record<string, FieldErrorText>;
  form: string | null;
}

const NONE: SubmitErrors = { fields: {}, form: null };

/** The whole form's message for an answer that is not about one field. */
export function formMessage(error: unknown, t: Messages): string {
  if (!(error instanceof ApiError)) return t.form.failed;
  switch (error.status) {
    case 0:
      return t.form.offline;
    case 400:
      return t.form.invalid;
    case 401:
      return t.form.signedOut;
    case 403:
      return t.form.forbidden;
    case 404:
      return t.form.notFound;
    case 409:
    case 422:
      // A conflict says what happened (already closed, no position left): worth reading as the API put it.
      return fill(t.form.conflict, { message: error.message });
    case 429:
      return fill(t.form.throttled, { seconds: error.retryAfterSeconds ?? 60 });
    default:
      return t.form.failed;
  }
}

export function submitErrorsOf(error: unknown, t: Messages, language: Language): SubmitErrors {
  if (!(error instanceof ApiError) || error.status !== 400 || Object.keys(error.fields).length === 0) {
    return { fields: {}, form: formMessage(error, t) };
  }
  const fields: Record<string, FieldErrorText> = {};
  for (const [field, messages] of Object.entries(error.fields)) {
    // The first refusal is the one to fix first ("required" before "too long"); more would read as contradictions.
    fields[field] = fieldMessage(messages[0] ?? '', language);
  }
  return { fields, form: t.form.invalid };
}

/**
 * A form's submit: runs `action` (an API call), and on a refusal keeps everything typed (the values live in the
 * page's state, untouched) and shows why, each field's message beside that field and a summary at the top.
 *
 *   const form = useSubmit();
 *   <form onSubmit={form.handle(async () => { await unwrap(api.POST(...)); navigate(...) })} noValidate>
 *     <ErrorSummary errors={form.errors} />
 *     <TextField name="description" error={form.errors.fields.description} ... />
 */
export function useSubmit() {
  const { t, language } = useI18n();
  const [errors, setErrors] = useState<SubmitErrors>(NONE);
  const [submitting, setSubmitting] = useState(false);

  const run = useCallback(
    async (action: () => Promise<void>): Promise<boolean> => {
      setSubmitting(true);
      try {
        await action();
        setErrors(NONE);
        return true;
      } catch (error) {
        setErrors(submitErrorsOf(error, t, language));
        return false;
      } finally {
        setSubmitting(false);
      }
    },
    [t, language],
  );

  const handle = useCallback(
    (action: () => Promise<void>) => (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void run(action);
    },
    [run],
  );

  /** A check made here before sending (the API checks again): shown exactly as the API's refusals are. */
  const refuse = useCallback(
    (fields: Record<string, string>) =>
      setErrors({
        fields: Object.fromEntries(Object.entries(fields).map(([field, text]) => [field, { text }])),
        form: t.form.invalid,
      }),
    [t],
  );

  return { errors, submitting, run, handle, refuse, clear: () => setErrors(NONE) };
}

/**
 * At the top of a refused form: what went wrong, with a link to each field the form shows (GOV.UK's error summary
 * pattern). It takes the focus when it appears, so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ errors, labels = {} }: { errors: SubmitErrors; labels?: Record<string, string> }) {
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors.fields);
  useEffect(() => {
    if (errors.form) box.current?.focus();
  }, [errors]);
  if (!errors.form) return null;
  return (
    <div ref={box} className="error-summary" role="alert" tabIndex={-1}>
      <p className="error-summary-title">{errors.form}</p>
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              {document.getElementById(fieldId(field)) ? (
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(field))?.focus();
                  }}
                >
                  {labels[field] ?? field}: <span lang={message.lang}>{message.text}</span>
                </a>
              ) : (
                <span>
                  {labels[field] ?? field}: <span lang={message.lang}>{message.text}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
