import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * One page's frame: its h1, the document title, and the focus moved to the heading when the page opens, so a
 * screen reader announces where a link led (a single-page app gets no page load to do that).
 */
export function Page({
  title,
  intro,
  actions,
  children,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t.appName}`;
  }, [title, t]);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <div className="page-heading">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {intro && <div className="page-intro">{intro}</div>}
      {children}
    </>
  );
}
