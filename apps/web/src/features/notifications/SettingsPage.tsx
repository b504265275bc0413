import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n, useMessages } from '../../i18n';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { getPreferences, INBOX_KEY, updatePreferences, type ChannelChoice, type Preferences } from './api';
import { messages } from './messages';
import { INBOX_PATH } from './routes';
import './notifications.css';

const CHANNELS: ChannelChoice[] = ['email-and-in-app', 'email', 'in-app'];

/** The user's channel per event type that can reach them, and the language of their messages. */
export default function SettingsPage() {
  const m = useMessages(messages);
  const preferences = useQuery({ queryKey: [...INBOX_KEY, 'preferences'], queryFn: getPreferences });
  return (
    <Page
      title={m.settingsTitle}
      intro={<p>{m.settingsIntro}</p>}
      actions={<Link to={INBOX_PATH}>{m.backToInbox}</Link>}
    >
      <QueryState query={preferences}>{(data) => <SettingsForm initial={data} />}</QueryState>
    </Page>
  );
}

function SettingsForm({ initial }: { initial: Preferences }) {
  const m = useMessages(messages);
  const { setLanguage } = useI18n();
  const client = useQueryClient();
  const form = useSubmit();
  const [language, setChosenLanguage] = useState(initial.language);
  const [choices, setChoices] = useState(() => new Map(initial.choices.map((c) => [c.eventType, c.channels])));
  const [saved, setSaved] = useState('');

  const save = form.handle(async () => {
    setSaved('');
    const result = await updatePreferences({
      language,
      choices: [...choices].map(([eventType, channels]) => ({ eventType, channels })),
    });
    client.setQueryData([...INBOX_KEY, 'preferences'], result);
    setLanguage(result.language);
    setSaved(m.saved);
  });

  return (
    <form onSubmit={save} noValidate>
      <ErrorSummary errors={form.errors} />
      <fieldset>
        <legend>{m.languageLegend}</legend>
        {(['da', 'en'] as const).map((value) => (
          <div key={value} className="radio">
            <input
              type="radio"
              id={`language-${value}`}
              name="language"
              value={value}
              checked={language === value}
              onChange={() => setChosenLanguage(value)}
            />
            <label htmlFor={`language-${value}`} lang={value}>
              {m.languages[value]}
            </label>
          </div>
        ))}
      </fieldset>
      <h2>{m.channelsLegend}</h2>
      <table className="preference-table">
        <thead>
          <tr>
            <th scope="col">{m.title}</th>
            {CHANNELS.map((channel) => (
              <th scope="col" key={channel}>
                {m.channels[channel]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {initial.choices.map(({ eventType }) => (
            <tr key={eventType}>
              <th scope="row" id={`event-${eventType}`}>
                {m.events[eventType].name}
              </th>
              {CHANNELS.map((channel) => (
                <td key={channel}>
                  <input
                    type="radio"
                    id={`${eventType}-${channel}`}
                    name={eventType}
                    value={channel}
                    checked={choices.get(eventType) === channel}
                    onChange={() => setChoices((current) => new Map(current).set(eventType, channel))}
                    aria-labelledby={`event-${eventType} ${eventType}-${channel}-label`}
                  />
                  <label id={`${eventType}-${channel}-label`} htmlFor={`${eventType}-${channel}`}>
                    <span className="visually-hidden">{m.channels[channel]}</span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" disabled={form.submitting}>
        {m.save}
      </button>
      <p role="status" aria-live="polite">
        {saved}
      </p>
    </form>
  );
}
