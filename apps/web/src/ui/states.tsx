import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/errors';
import { fill, formatNumber, useI18n } from '../i18n';
import { formMessage } from './forms';

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      {t.loading}
    </p>
  );
}

/** A read that failed, in words the user can act on; a missing record (404) says so. */
export function LoadFailed({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <p role="alert" className="error">
      {error instanceof ApiError && error.status === 404 ? t.form.notFound : formMessage(error, t)}
    </p>
  );
}

/** The three states of a query, for `useQuery`'s result: loading, failed, or its data. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined) return <LoadFailed error={query.error} />;
  return <>{children(query.data)}</>;
}

/**
 * Page numbers under a list: previous, next and where we are, as links. A link goes to `hrefFor(page)`, or, without
 * it, to this URL with `param` (the page's query parameter, `side` unless said) set to the page, keeping the others.
 */
export function Pagination({
  page,
  pageSize,
  total,
  hrefFor,
  param = 'side',
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor?: (page: number) => string;
  param?: string;
}) {
  const { t, language } = useI18n();
  const [params] = useSearchParams();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const linkTo =
    hrefFor ??
    ((target: number) => {
      const next = new URLSearchParams(params);
      next.set(param, String(target));
      return `?${next.toString()}`;
    });
  return (
    <nav className="pagination" aria-label={t.pagination.label}>
      {page > 1 ? <Link to={linkTo(page - 1)}>{t.pagination.previous}</Link> : <span />}
      <span>
        {fill(t.pagination.position, {
          page: formatNumber(page, language),
          pages: formatNumber(pages, language),
          total: formatNumber(total, language),
        })}
      </span>
      {page < pages ? <Link to={linkTo(page + 1)}>{t.pagination.next}</Link> : <span />}
    </nav>
  );
}
