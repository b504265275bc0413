import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMessages } from '../../i18n';
import { fieldId } from '../../ui/fields';
import { ErrorSummary, type SubmitErrors } from '../../ui/forms';
import { messages } from './messages';

/**
 * The one shape of every change a coordinator makes on the Code of Care pages ("Meld ind", "Tilføj virksomhed",
 * the settings, a member's stage, contact, leaving, reopening): a framed form with its heading, the error summary, the
 * fields, and the buttons to confirm or cancel. It puts the focus on its first field when it opens; Escape (unless a
 * field used it, as the combobox does) and "Fortryd" call `onCancel`, which should put the focus back where the form
 * was opened from (`focusLater`).
 */
export function ActionForm({
  id,
  title,
  firstField,
  errors,
  labels,
  submitting,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  title: string;
  /** The API's name of the field that takes the focus when the form opens. */
  firstField: string;
  errors: SubmitErrors;
  labels: Record<string, string>;
  submitting: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const m = useMessages(messages);
  useEffect(() => document.getElementById(fieldId(firstField))?.focus(), [firstField]);
  return (
    <form
      id={id}
      className="coc-join"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => event.key === 'Escape' && !event.defaultPrevented && onCancel()}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <ErrorSummary errors={errors} labels={labels} />
      {children}
      <div className="coc-button-row">
        <button type="submit" className="primary" disabled={submitting}>
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

/** Moves the focus to the element with this id once React has drawn the page (e.g. back to a form's opener). */
export const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The message that says a change is done: a polite live region that takes the focus, because the button that was
 * used has often gone with the form (or the company has moved on).
 */
export function useNotice() {
  const [text, setText] = useState('');
  const ref = useRef<HTMLParagraphElement>(null);
  return {
    text,
    ref,
    say: (message: string) => {
      setText(message);
      requestAnimationFrame(() => ref.current?.focus());
    },
    clear: () => setText(''),
  };
}

export function Notice({ notice }: { notice: ReturnType<typeof useNotice> }) {
  return (
    <p
      ref={notice.ref}
      role="status"
      aria-live="polite"
      tabIndex={-1}
      className={notice.text ? 'coc-notice' : undefined}
    >
      {notice.text}
    </p>
  );
}
