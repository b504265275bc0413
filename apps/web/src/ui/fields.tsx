import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useI18n } from '../i18n';

function ErrorPrefix() {
  return <span className="visually-hidden">{useI18n().t.form.errorPrefix} </span>;
}

/** What each field shows beside its label: a hint, and the message of what is wrong with it (announced, linked). */
interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldErrorText;
  /** The API's name of the field (e.g. "contactPerson.phone"): the error summary links to the field by it. */
  name: string;
}

export interface FieldErrorText {
  text: string;
  lang?: string;
}

/** The id a field's input gets: the error summary's links point at it. */
export const fieldId = (name: string) => `field-${name.replace(/[^\w-]/g, '-')}`;

/** The ids a field's parts need: its input's (from its name), and its hint's and error's for aria-describedby. */
export function useFieldIds(name: string, hint: unknown, error: unknown) {
  const unique = useId();
  const id = fieldId(name);
  const hintId = hint ? `${unique}-hint` : undefined;
  const errorId = error ? `${unique}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

/** A field's label, hint and error around its control: the one frame every field (combobox too) is drawn in. */
export function Frame({
  id,
  label,
  hint,
  hintId,
  error,
  errorId,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  hintId?: string;
  error?: FieldErrorText;
  errorId?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" lang={error.lang}>
          <ErrorPrefix />
          {error.text}
        </p>
      )}
      {children}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  name,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  const ids = useFieldIds(name, hint, error);
  return (
    <Frame id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId}>
      <input
        id={ids.id}
        name={name}
        type="text"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Frame>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  name,
  ...textarea
}: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const ids = useFieldIds(name, hint, error);
  return (
    <Frame id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId}>
      <textarea
        id={ids.id}
        name={name}
        rows={4}
        {...textarea}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Frame>
  );
}

export function SelectField({
  label,
  hint,
  error,
  name,
  options,
  placeholder,
  ...select
}: FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'> & {
    options: readonly { value: string; label: string }[];
    /** A first, empty choice ("Vælg …"), for a field with no default. */
    placeholder?: string;
  }) {
  const ids = useFieldIds(name, hint, error);
  return (
    <Frame id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId}>
      <select
        id={ids.id}
        name={name}
        {...select}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  name,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'type'>) {
  const ids = useFieldIds(name, hint, error);
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      {error && (
        <p id={ids.errorId} className="field-error" lang={error.lang}>
          <ErrorPrefix />
          {error.text}
        </p>
      )}
      <input
        id={ids.id}
        name={name}
        type="checkbox"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
      <label htmlFor={ids.id}>{label}</label>
      {hint && (
        <p id={ids.hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Radio buttons in a fieldset, with the field's error beside them as the other fields show it. */
export function RadioGroup({
  id: givenId,
  name,
  legend,
  value,
  options,
  onChange,
  error,
}: {
  /** The first radio's id, which the error summary links to; `field-<name>` unless given. */
  id?: string;
  name: string;
  legend: ReactNode;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: FieldErrorText;
}) {
  const { t } = useI18n();
  const errorId = useId();
  const id = givenId ?? `field-${name}`;
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
