/** Where to go after signing in: a page of this app only, never another site (no open redirect). */
export function safeNext(next: string | null): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}
