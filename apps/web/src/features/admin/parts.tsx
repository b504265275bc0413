import { useEffect, useRef, useState, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { ApiError, fieldMessage } from '../../api/errors';
import { fill, formatNumber, useI18n, useMessages } from '../../i18n';
import { useSession } from '../../session';
import type { useSubmit } from '../../ui/forms';
import { LoadFailed, Loading, Pagination } from '../../ui/states';
import './admin.css';
import { messages } from './messages';
import { ADMIN_PAGES } from './pages';

/** The admin pages' own menu, under each page's heading: the pages this role may open. */
export function AdminNav() {
  const m = useMessages(messages);
  const { user } = useSession();
  return (
    <nav aria-label={m.nav} className="admin-nav">
      <ul>
        {ADMIN_PAGES.filter((page) => user && page.access.includes(user.role)).map((page) => (
          <li key={page.path}>
            <NavLink to={page.path}>{m.pages[page.key]}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** What just happened, announced politely (role=status), e.g. "Vagten er tilføjet". */
export function Notice({ text }: { text: string | null }) {
  return (
    <p role="status" className={text ? 'notice' : 'visually-hidden'}>
      {text}
    </p>
  );
}

/**
 * A confirmation before something that cannot be undone (revoke a key, deactivate a user): a region that takes the
 * focus, says what will happen, and offers the action and a way back.
 */
export function Confirm({
  question,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  error,
  cancelLabel,
}: {
  question: string;
  confirmLabel: string;
  /** The way back's label, when the page says it otherwise ("Fortryd"); "Annullér" unless given. */
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: string | null;
}) {
  const m = useMessages(messages);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} className="confirm" role="alertdialog" aria-label={question} tabIndex={-1}>
      <p>{question}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel ?? m.common.cancel}
        </button>
      </div>
    </div>
  );
}

/** A secret shown once (a one-time password, an API key), with a copy button and the hint that it will not return. */
export function OneTimeSecret({
  title,
  secret,
  extra,
  onClose,
}: {
  title: string;
  secret: string;
  extra?: ReactNode;
  onClose: () => void;
}) {
  const m = useMessages(messages);
  const [copied, setCopied] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(m.common.copied);
    } catch {
      setCopied(m.common.copyFailed);
    }
  };
  return (
    <div ref={box} className="one-time-secret" role="region" aria-label={title} tabIndex={-1}>
      <h2>{title}</h2>
      <p>
        <code data-testid="one-time-secret" className="secret">
          {secret}
        </code>
      </p>
      <p>
        <strong>{m.common.copyHint}</strong> {extra}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          {m.common.copy}
        </button>
        <button type="button" onClick={onClose}>
          {m.common.close}
        </button>
      </div>
      <p role="status">{copied}</p>
    </div>
  );
}

/**
 * Submits through the foundation's `useSubmit`, then words what the API refused in this feature's own terms: a
 * refusal the feature knows (an overlap, an e-mail in use) goes next to its field in the user's language, and
 * messages about parts of a field (`companyCvrNumbers.1`) next to the field itself.
 */
export async function submitWith(
  form: ReturnType<typeof useSubmit>,
  action: () => Promise<void>,
  options: {
    language: 'da' | 'en';
    /** The field a message belongs next to, e.g. companyCvrNumbers.1 → companyCvrNumbers. */
    fieldOf?: (field: string) => string;
    /** This feature's wording of an API message, or undefined to leave it to the foundation. */
    translate?: (field: string, message: string, status: number) => string | undefined;
  },
): Promise<boolean> {
  let caught: unknown;
  const ok = await form.run(async () => {
    try {
      await action();
    } catch (error) {
      caught = error;
      throw error;
    }
  });
  if (ok || !(caught instanceof ApiError) || Object.keys(caught.fields).length === 0) return ok;
  if (caught.status !== 400 && caught.status !== 409) return ok;
  const fields: Record<string, string> = {};
  let reworded = caught.status === 409;
  for (const [field, list] of Object.entries(caught.fields)) {
    const target = options.fieldOf?.(field) ?? field;
    if (target !== field) reworded = true;
    const texts = list.map((message) => {
      const own = options.translate?.(field, message, caught instanceof ApiError ? caught.status : 0);
      if (own) reworded = true;
      return own ?? fieldMessage(message, options.language).text;
    });
    // The first refusal is the one to fix first, as the foundation shows it.
    fields[target] ??= texts[0];
  }
  if (reworded) form.refuse(fields);
  return ok;
}

/** The role names as the shell says them. */
export function useRoleName() {
  const { t } = useI18n();
  return (role: keyof typeof t.roles) => t.roles[role];
}

/** One page of a list as the API answers it. */
interface ListPage<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * A paged list of the admin pages (the audit log, the mail outbox), for `useQuery`'s result: loading, failed, none,
 * or the count, the table and the pager, whose links change the URL's page (`side`) and keep its filters.
 */
export function PagedTable<T extends { id: string }>({
  query,
  failureShown,
  empty,
  count,
  caption,
  columns,
  cells,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: ListPage<T> | undefined };
  /** The page shows the failure itself (a refused filter beside its field): nothing here then. */
  failureShown?: boolean;
  /** Said when the page has no rows. */
  empty: string;
  /** How many there are, with `{count}`. */
  count: string;
  caption: string;
  /** The column headings. */
  columns: string[];
  /** A row's cells, the first a `<th scope="row">`. */
  cells: (item: T) => ReactNode;
}) {
  const { language } = useI18n();
  if (query.isPending) return <Loading />;
  if (failureShown) return null;
  if (query.isError || query.data === undefined) return <LoadFailed error={query.error} />;
  const list = query.data;
  if (list.items.length === 0) return <p role="status">{empty}</p>;
  return (
    <>
      <p role="status">{fill(count, { count: formatNumber(list.total, language) })}</p>
      <div className="table-scroll">
        <table className="data">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id}>{cells(item)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} />
    </>
  );
}
