import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { fill, useI18n, useMessages } from '../../i18n';
import { fieldId, type FieldErrorText } from '../../ui/fields';
import { messages } from './messages';

export interface ComboboxOption {
  value: string;
  label: string;
  detail?: string;
}

/** The value after the user stopped typing for `delay` ms. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * A minimal accessible autocomplete (the ARIA 1.2 combobox pattern): an input with role=combobox whose suggestions
 * are a listbox; arrow keys move through them, Enter chooses, Escape closes; the number of suggestions is announced.
 * Kept inside this feature until it is merged with the shared TaxonomyPicker being built in src/ui/.
 */
export function TaxonomyCombobox({
  name,
  label,
  hint,
  error,
  text,
  onText,
  search,
  queryKey,
  onChoose,
  children,
}: {
  /** The API's field name: the input's id follows it, so the error summary links here. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldErrorText;
  text: string;
  onText: (text: string) => void;
  search: (q: string) => Promise<ComboboxOption[]>;
  queryKey: string;
  onChoose: (option: ComboboxOption) => void;
  /** Shown between the label and the input (e.g. the chosen values of a multiple choice). */
  children?: ReactNode;
}) {
  const m = useMessages(messages);
  const { t } = useI18n();
  const unique = useId();
  const id = fieldId(name);
  const listId = `${unique}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(text.trim(), 250);
  const results = useQuery({
    queryKey: ['taxonomy', queryKey, q],
    queryFn: () => search(q),
    enabled: open && q.length >= 2,
    staleTime: 60_000,
  });
  const options = open && q.length >= 2 ? (results.data ?? []) : [];
  const expanded = options.length > 0;
  useEffect(() => setActive(-1), [q]);

  const choose = (option: ComboboxOption) => {
    onChoose(option);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (options.length ? (current + 1) % options.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => (options.length ? (current <= 0 ? options.length - 1 : current - 1) : -1));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  const hintId = hint ? `${unique}-hint` : undefined;
  const errorId = error ? `${unique}-error` : undefined;
  return (
    <div className={`field combobox${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" lang={error.lang}>
          <span className="visually-hidden">{t.form.errorPrefix} </span>
          {error.text}
        </p>
      )}
      {children}
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        value={text}
        onChange={(event) => {
          onText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={typeof label === 'string' ? label : undefined} hidden={!expanded}>
        {options.map((option, index) => (
          <li
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.label}
            {option.detail && <span className="hint"> · {option.detail}</span>}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {open && q.length >= 2 && results.data
          ? results.data.length
            ? fill(m.comboboxResults, { count: results.data.length })
            : m.comboboxNoResults
          : ''}
      </p>
    </div>
  );
}
