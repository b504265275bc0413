import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/errors';
import { fill, useMessages } from '../../i18n';
import { TextField } from '../../ui/fields';
import { useSubmit } from '../../ui/forms';
import { QueryState } from '../../ui/states';
import { ActionForm, focusLater, Notice, useNotice } from './ActionForm';
import { getNetwork, updateNetwork, type Network } from './api';
import { messages } from './messages';

const EDIT_BUTTON = 'coc-settings-edit';

/** The network's name and the activity rule's settings; coordinators and leads change them. */
export function NetworkSettingsSection({ mayEdit }: { mayEdit: boolean }) {
  const m = useMessages(messages);
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const notice = useNotice();
  const network = useQuery({ queryKey: ['code-of-care', 'network'], queryFn: getNetwork });

  const saved = async () => {
    setEditing(false);
    notice.say(m.settingsSaved);
    // The activity window and warning days change who counts as active and which warnings are open.
    await queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
  };

  return (
    <section className="coc-section" aria-labelledby="coc-settings-title">
      <div className="coc-section-heading">
        <h2 id="coc-settings-title">{m.settingsHeading}</h2>
        {mayEdit && network.data && !editing && (
          <button
            type="button"
            id={EDIT_BUTTON}
            aria-controls="coc-settings-form"
            aria-expanded={false}
            onClick={() => {
              notice.clear();
              setEditing(true);
            }}
          >
            {m.settingsEdit}
          </button>
        )}
      </div>
      <Notice notice={notice} />
      <QueryState query={network}>
        {(current) =>
          mayEdit && editing ? (
            <SettingsForm
              network={current}
              onCancel={() => {
                setEditing(false);
                focusLater(EDIT_BUTTON);
              }}
              onSaved={() => void saved()}
            />
          ) : (
            <dl className="facts">
              <dt>{m.networkName}</dt>
              <dd>{current.name}</dd>
              <dt>{m.activityWindowMonths}</dt>
              <dd>{fill(m.monthsValue, { months: current.activityWindowMonths })}</dd>
              <dt>{m.warningDays}</dt>
              <dd>{fill(m.daysValue, { days: current.warningDays })}</dd>
            </dl>
          )
        }
      </QueryState>
    </section>
  );
}

const WHOLE = /^\s*\d{1,9}\s*$/;

function SettingsForm({ network, onCancel, onSaved }: { network: Network; onCancel: () => void; onSaved: () => void }) {
  const m = useMessages(messages);
  const form = useSubmit();
  const [name, setName] = useState(network.name);
  const [months, setMonths] = useState(String(network.activityWindowMonths));
  const [days, setDays] = useState(String(network.warningDays));
  const [version] = useState(network.version);
  const [stale, setStale] = useState(false);
  const queryClient = useQueryClient();
  const errors = form.errors.fields;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A number field's text that is no number at all is said here; the API judges the rest (1–60, 1–365).
    const notWhole = {
      ...(WHOLE.test(months) ? {} : { activityWindowMonths: m.wholeNumber }),
      ...(WHOLE.test(days) ? {} : { warningDays: m.wholeNumber }),
    };
    if (Object.keys(notWhole).length > 0) return form.refuse(notWhole);
    void form.run(async () => {
      try {
        await updateNetwork({
          name: name.trim(),
          activityWindowMonths: Number(months),
          warningDays: Number(days),
          version,
        });
      } catch (error) {
        // Someone saved since the form opened: the form keeps what was typed and the version it read (so nothing is
        // overwritten unseen); the settings behind it are read again for the next time it opens.
        if (error instanceof ApiError && error.status === 409) {
          setStale(true);
          void queryClient.invalidateQueries({ queryKey: ['code-of-care', 'network'] });
        }
        throw error;
      }
      onSaved();
    });
  };
  return (
    <ActionForm
      id="coc-settings-form"
      title={m.settingsFormHeading}
      firstField="name"
      errors={form.errors}
      labels={{ name: m.networkName, activityWindowMonths: m.activityWindowMonths, warningDays: m.warningDays }}
      submitting={form.submitting}
      submitLabel={m.save}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {stale && <p>{m.settingsStale}</p>}
      <div className="form-grid">
        <TextField
          name="name"
          label={m.networkName}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
          autoComplete="off"
        />
        <TextField
          name="activityWindowMonths"
          label={m.activityWindowMonths}
          hint={m.activityWindowHint}
          inputMode="numeric"
          value={months}
          onChange={(event) => setMonths(event.target.value)}
          error={errors.activityWindowMonths}
        />
        <TextField
          name="warningDays"
          label={m.warningDays}
          hint={m.warningDaysHint}
          inputMode="numeric"
          value={days}
          onChange={(event) => setDays(event.target.value)}
          error={errors.warningDays}
        />
      </div>
    </ActionForm>
  );
}
