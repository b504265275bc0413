import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/errors';
import { fill, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import { Combobox } from '../../ui/Combobox';
import { fieldId, type FieldErrorText } from '../../ui/fields';
import { formMessage, type useSubmit } from '../../ui/forms';
import { NETWORK_EDITORS, type CompanyRef } from './api';
import { searchCompanies } from './commitments-api';
import { focusLater, Notice, useNotice } from './ActionForm';
import { messages } from './messages';

/** Whether the user may change the network: coordinators and leads (the API's writes); everyone else reads. */
export function useMayEdit(): boolean {
  const { user } = useSession();
  return NETWORK_EDITORS.includes(user?.role ?? '');
}

/**
 * A section's editing state: which item's form is open ('new' for a new one), which item waits for a delete to be
 * confirmed, and the message of what just happened, which takes the focus (its item, and button, may be gone).
 */
export function useEditing<T>() {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const notice = useNotice();
  const open = (item: T | 'new') => {
    notice.clear();
    setDeleting(null);
    setEditing(item);
  };
  const ask = (item: T) => {
    notice.clear();
    setEditing(null);
    setDeleting(item);
  };
  /** Closes the form or the question and returns the focus to the button that opened it. */
  const close = (buttonId: string) => {
    setEditing(null);
    setDeleting(null);
    focusLater(buttonId);
  };
  const done = (message: string) => {
    setEditing(null);
    setDeleting(null);
    notice.say(message);
  };
  const statusLine = <Notice notice={notice} />;
  return { editing, deleting, open, ask, close, done, statusLine };
}

/** Throws a 409 again in the page's own words: the item changed since the form opened it. */
export function useStale() {
  const m = useMessages(messages);
  return useCallback(
    async <R,>(call: Promise<R>, onStale: () => void): Promise<R> => {
      try {
        return await call;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          onStale();
          throw new ApiError(409, m.staleForm);
        }
        throw error;
      }
    },
    [m],
  );
}

export interface CompanyRow {
  company: CompanyRef;
}

/**
 * A list of companies, each with its own figures (participants on a course, attendance at an event): a combobox
 * adds a company, each row is a fieldset named by the company with the fields `fields` draws and a remove button.
 * `name` is the API's name of the list ("participants", "attendance"): a row's fields are `name.index.field`.
 */
export function CompanyRows<R extends CompanyRow>({
  name,
  legend,
  rows,
  onChange,
  newRow,
  fields,
  errors,
}: {
  name: string;
  legend: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  newRow: (company: CompanyRef) => R;
  fields: (row: R, index: number, update: (changes: Partial<R>) => void) => ReactNode;
  errors: Record<string, FieldErrorText>;
}) {
  const m = useMessages(messages);
  const [said, setSaid] = useState('');
  const add = (option: { value: string; label: string; detail?: string }) => {
    if (rows.some((row) => row.company.id === option.value)) {
      setSaid(fill(m.companyAlreadyListed, { company: option.label }));
      return;
    }
    onChange([...rows, newRow({ id: option.value, name: option.label, cvrNumber: option.detail ?? '' })]);
    setSaid(fill(m.companyAdded, { company: option.label }));
  };
  const remove = (index: number) => {
    const next = rows.filter((_, each) => each !== index);
    onChange(next);
    // The removed row's button is gone: the focus goes back to the search field.
    requestAnimationFrame(() => document.getElementById(fieldId(name))?.focus());
  };
  return (
    <fieldset className="coc-company-rows">
      <legend>{legend}</legend>
      <Combobox
        label={m.companyListAdd}
        name={name}
        hint={m.companyListAddHint}
        error={errors[name]}
        search={searchCompanies}
        searchKey={['code-of-care', 'company-search']}
        onSelect={add}
        clearOnSelect
      />
      <p role="status" className="hint">
        {said}
      </p>
      {rows.length === 0 ? (
        <p>{m.companiesNone}</p>
      ) : (
        <ul>
          {rows.map((row, index) => {
            const companyError = errors[`${name}.${index}.companyId`];
            return (
              <li key={row.company.id}>
                <fieldset className={companyError ? 'field-invalid' : undefined}>
                  <legend>{row.company.name}</legend>
                  {companyError && (
                    <p className="field-error" id={fieldId(`${name}.${index}.companyId`)} tabIndex={-1}>
                      {companyError.text}
                    </p>
                  )}
                  <div className="form-grid">
                    {fields(row, index, (changes) =>
                      onChange(rows.map((each, at) => (at === index ? { ...each, ...changes } : each))),
                    )}
                  </div>
                  <button type="button" onClick={() => remove(index)}>
                    {fill(m.removeCompany, { company: row.company.name })}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

/** A whole number typed into a field, for the API; what is not one goes as typed, for the API to refuse. */
export const toCount = (value: string): number => {
  const trimmed = value.trim();
  return (trimmed === '' ? null : /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed) as number;
};

/** A delete's call, its busy state and why it failed; the data reloaded after it. */
export function useRemove(remove: (id: string) => Promise<unknown>) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (id: string, done: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await remove(id);
      done();
      await queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
    } catch (failure) {
      setError(formMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, reset: () => setError(null) };
}

/** A table row's "Ret" and "Slet", named with their item for screen readers, with ids the focus returns to. */
export function RowActions(props: {
  id: string;
  prefix: string;
  editLabel: string;
  deleteLabel: string;
  open: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const m = useMessages(messages);
  return (
    <div className="coc-button-row">
      <button
        type="button"
        id={`${props.prefix}-edit-${props.id}`}
        aria-label={props.editLabel}
        aria-expanded={props.open}
        onClick={props.onEdit}
      >
        {m.editAction}
      </button>
      <button
        type="button"
        id={`${props.prefix}-delete-${props.id}`}
        aria-label={props.deleteLabel}
        onClick={props.onDelete}
      >
        {m.deleteAction}
      </button>
    </div>
  );
}

/** The button that opens an add form below a table, saying whether it is open. */
export function AddButton({
  id,
  open,
  onClick,
  children,
}: {
  id: string;
  open: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <p>
      <button type="button" id={id} aria-expanded={open} onClick={onClick}>
        {children}
      </button>
    </p>
  );
}

/**
 * A submit that first checks what the page can say better than the API (a date before another, more mentors than
 * people), in the user's language and shown as the API's refusals are; the API checks again.
 */
export function checkedSubmit(
  form: ReturnType<typeof useSubmit>,
  check: () => Record<string, string>,
  action: () => Promise<void>,
) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = check();
    if (Object.keys(problems).length > 0) form.refuse(problems);
    else void form.run(action);
  };
}
