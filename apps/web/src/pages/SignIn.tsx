import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { fill, useI18n } from '../i18n';
import { safeNext } from '../routing/safe-next';
import { useSession } from '../session';

export function SignIn() {
  const { t } = useI18n();
  const { signIn, user } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = `${t.signIn.title} · ${t.appName}`;
  }, [t]);
  useEffect(() => emailInput.current?.focus(), []);
  useEffect(() => {
    // Only the embedded default says where its demo logins are; the hint is a convenience, so a failure is silent.
    api
      .GET('/api/v1/demo')
      .then(({ data }) => setDemo(data?.demo === true))
      .catch(() => undefined);
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t.signIn.missing);
      return;
    }
    setBusy(true);
    setError('');
    const result = await signIn(email.trim(), password);
    setBusy(false);
    if (result.ok) {
      await navigate(safeNext(params.get('next')), { replace: true });
      return;
    }
    if (result.reason === 'throttled') setError(fill(t.signIn.throttled, { seconds: result.retryAfter ?? 60 }));
    else setError(result.reason === 'wrong' ? t.signIn.wrong : t.signIn.failed);
  }

  if (user && !busy) return <Navigate to={safeNext(params.get('next'))} replace />;
  return (
    <div className="sign-in">
      <h1 ref={heading}>{t.signIn.title}</h1>
      <p>{t.signIn.intro}</p>
      {demo && (
        <p className="demo-hint" data-testid="demo-hint">
          {t.signIn.demo}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="email">{t.signIn.email}</label>
          <input
            id="email"
            ref={emailInput}
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'sign-in-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t.signIn.password}</label>
          <input
            id="password"
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'sign-in-error' : undefined}
          />
        </div>
        <p id="sign-in-error" className="error" role="alert" aria-live="assertive">
          {error}
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t.signIn.submitting : t.signIn.submit}
        </button>
      </form>
    </div>
  );
}
