import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { defineMessages, fill, useMessages } from '../i18n';
import './combobox.css';
import { Frame, useFieldIds, type FieldErrorText } from './fields';
import { useDebounced } from './use-debounced';

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line: a code, a CVR number, a city. */
  detail?: string;
}

const messages = defineMessages({
  da: {
    searching: 'Søger …',
    none: 'Ingen forslag. Prøv et andet ord.',
    count: '{count} forslag. Brug pil op og pil ned, og vælg med Enter.',
    failed: 'Forslagene kunne ikke hentes. Prøv igen om lidt.',
  },
  en: {
    searching: 'Searching …',
    none: 'No suggestions. Try another word.',
    count: '{count} suggestions. Use the up and down arrows, and choose with Enter.',
    failed: 'The suggestions could not be fetched. Try again shortly.',
  },
});

/**
 * A text field with suggestions (the WAI-ARIA 1.2 combobox pattern): the input has role=combobox, aria-expanded and
 * aria-controls pointing at its listbox; arrow keys move through the suggestions (aria-activedescendant), Enter
 * chooses one, Escape closes the list (and clears the text when it is already closed). The number of suggestions is
 * announced. `search` is asked for suggestions once the user pauses; `onSelect` gets the chosen one.
 */
export function Combobox({
  label,
  name,
  hint,
  error,
  search,
  searchKey,
  onSelect,
  initialText = '',
  clearOnSelect = false,
  minLength = 1,
  onTextChange,
  children,
}: {
  label: ReactNode;
  /** The API's name of the field, so an error summary can link to it. */
  name: string;
  hint?: ReactNode;
  error?: FieldErrorText;
  search: (text: string) => Promise<ComboboxOption[]>;
  /** Identifies the search for the query cache, e.g. ['taxonomy', 'skills', 'da']. */
  searchKey: readonly unknown[];
  onSelect: (option: ComboboxOption) => void;
  initialText?: string;
  /** Empties the field after a choice: for adding items to a list. */
  clearOnSelect?: boolean;
  minLength?: number;
  /** Each change of the text as typed (e.g. to forget a code chosen before the user typed over it). */
  onTextChange?: (text: string) => void;
  /** Shown under the field: what was chosen so far, for a list of choices. */
  children?: ReactNode;
}) {
  const m = useMessages(messages);
  const unique = useId();
  const { id, hintId, errorId, describedBy } = useFieldIds(name, hint, error);
  const listId = `${unique}-list`;
  const statusId = `${unique}-status`;
  const [text, setText] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const settled = useDebounced(text.trim(), 200);
  const enabled = open && settled.length >= minLength;
  const suggestions = useQuery({
    queryKey: [...searchKey, settled],
    queryFn: () => search(settled),
    enabled,
    staleTime: 60_000,
  });
  const options = enabled ? (suggestions.data ?? []) : [];
  const expanded = open && options.length > 0;

  useEffect(() => setActive(-1), [settled]);
  useEffect(() => setText(initialText), [initialText]);

  const choose = (option: ComboboxOption) => {
    onSelect(option);
    setText(clearOnSelect ? '' : option.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActive((current) => (current + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (options.length > 0) setActive((current) => (current <= 0 ? options.length - 1 : current - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(options[active]);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        break;
    }
  };

  let status = '';
  if (enabled) {
    if (suggestions.isError) status = m.failed;
    else if (suggestions.isPending || settled !== text.trim()) status = m.searching;
    else status = options.length === 0 ? m.none : fill(m.count, { count: options.length });
  }
  return (
    <Frame id={id} label={label} hint={hint} hintId={hintId} error={error} errorId={errorId} className="combobox">
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
        aria-describedby={describedBy}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onTextChange?.(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={typeof label === 'string' ? label : undefined} hidden={!expanded}>
        {options.map((option, index) => (
          <li
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            // mousedown, not click: the input keeps its focus, so blur does not close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.label}
            {option.detail && <span className="option-detail"> · {option.detail}</span>}
          </li>
        ))}
      </ul>
      <p id={statusId} role="status" className="visually-hidden">
        {status}
      </p>
      {children}
    </Frame>
  );
}
