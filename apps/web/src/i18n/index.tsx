import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { da, type Messages } from './da';
import { en } from './en';
import type { Language } from './format';

export { fill, formatDate, formatDateTime, formatNumber, type Language } from './format';

const MESSAGES: Record<Language, Messages> = { da, en };

interface I18n {
  language: Language;
  t: Messages;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** Danish unless the user picks English; the choice lasts for the tab. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() =>
    sessionStorage.getItem('jobbro.language') === 'en' ? 'en' : 'da',
  );
  useEffect(() => {
    document.documentElement.lang = language;
    sessionStorage.setItem('jobbro.language', language);
  }, [language]);
  const value = useMemo(() => ({ language, t: MESSAGES[language], setLanguage }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * A feature's own texts, in both languages with the same keys (the type makes English follow Danish), kept in the
 * feature's folder: `const messages = defineMessages({ da: {...}, en: {...} })`, then `useMessages(messages)`.
 */
export function defineMessages<T>(messages: { da: T; en: NoInfer<T> }): { da: T; en: T } {
  return messages;
}

export function useMessages<T>(messages: { da: T; en: T }): T {
  return messages[useI18n().language];
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

export function LanguageSwitch() {
  const { language, t, setLanguage } = useI18n();
  const other: Language = language === 'da' ? 'en' : 'da';
  return (
    <button type="button" className="link-button" lang={other} onClick={() => setLanguage(other)}>
      {t.switchLanguage}
    </button>
  );
}
