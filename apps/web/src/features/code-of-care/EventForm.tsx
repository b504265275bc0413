import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fill, useMessages } from '../../i18n';
import { CheckboxField, SelectField, TextField } from '../../ui/fields';
import { useSubmit } from '../../ui/forms';
import type { CompanyRef } from './api';
import { createEvent, replaceEvent, type NetworkEvent } from './commitments-api';
import { CompanyRows, toCount, useStale } from './editing';
import { ActionForm } from './ActionForm';
import { messages } from './messages';

interface AttendanceRow {
  company: CompanyRef;
  attendees: string;
  sharedKnowledge: boolean;
}

/** A network event, new (`event` null) or changed: its day, topic, place, host and the companies that came. */
export function EventForm({
  event,
  onCancel,
  onSaved,
}: {
  event: NetworkEvent | null;
  onCancel: () => void;
  onSaved: (event: NetworkEvent) => void;
}) {
  const m = useMessages(messages);
  const queryClient = useQueryClient();
  const form = useSubmit();
  const stale = useStale();
  const [heldOn, setHeldOn] = useState(event?.heldOn ?? '');
  const [topic, setTopic] = useState(event?.topic ?? '');
  const [location, setLocation] = useState(event?.location ?? '');
  const [hostCompanyId, setHostCompanyId] = useState(event?.hostCompany?.id ?? '');
  const [rows, setRows] = useState<AttendanceRow[]>(
    (event?.attendance ?? []).map((each) => ({
      company: each.company,
      attendees: String(each.attendees),
      sharedKnowledge: each.sharedKnowledge,
    })),
  );
  const [version] = useState(event?.version);
  const errors = form.errors.fields;
  // The host is chosen among the companies that came; a host the event had already stays a choice.
  const hosts = [...rows.map((row) => row.company)];
  if (event?.hostCompany && !hosts.some((each) => each.id === event.hostCompany!.id)) hosts.push(event.hostCompany);

  const submit = form.handle(async () => {
    const body = {
      heldOn: heldOn.trim(),
      topic: topic.trim(),
      ...(location.trim() ? { location: location.trim() } : {}),
      ...(hostCompanyId ? { hostCompanyId } : {}),
      attendance: rows.map((row) => ({
        companyId: row.company.id,
        attendees: toCount(row.attendees),
        sharedKnowledge: row.sharedKnowledge,
      })),
    };
    const saved =
      event && version !== undefined
        ? await stale(replaceEvent(event.id, { ...body, version }), () => {
            void queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
          })
        : await createEvent(body);
    onSaved(saved);
  });

  const labels: Record<string, string> = {
    heldOn: m.heldOnLabel,
    topic: m.topicLabel,
    location: m.locationLabel,
    hostCompanyId: m.hostLabel,
    attendance: m.eventCompanies,
  };
  rows.forEach((row, index) => {
    labels[`attendance.${index}.companyId`] = row.company.name;
    labels[`attendance.${index}.attendees`] = `${row.company.name}: ${m.attendees}`;
    labels[`attendance.${index}.sharedKnowledge`] = `${row.company.name}: ${m.sharedKnowledge}`;
  });

  return (
    <ActionForm
      id="coc-event-form"
      title={event ? fill(m.editEventHeading, { topic: event.topic }) : m.newEventHeading}
      firstField="heldOn"
      errors={form.errors}
      labels={labels}
      submitting={form.submitting}
      submitLabel={event ? m.save : m.addEvent}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextField
          name="heldOn"
          type="date"
          label={m.heldOnLabel}
          value={heldOn}
          onChange={(change) => setHeldOn(change.target.value)}
          error={errors.heldOn}
        />
        <TextField
          name="topic"
          label={m.topicLabel}
          maxLength={200}
          value={topic}
          onChange={(change) => setTopic(change.target.value)}
          error={errors.topic}
        />
        <TextField
          name="location"
          label={m.locationLabel}
          maxLength={200}
          value={location}
          onChange={(change) => setLocation(change.target.value)}
          error={errors.location}
        />
      </div>
      <CompanyRows
        name="attendance"
        legend={m.eventCompanies}
        rows={rows}
        onChange={(next) => {
          setRows(next);
          // A host taken off the list is no longer a choice (unless it was the event's host before).
          const stays =
            next.some((row) => row.company.id === hostCompanyId) || hostCompanyId === event?.hostCompany?.id;
          if (!stays) setHostCompanyId('');
        }}
        newRow={(company) => ({ company, attendees: '1', sharedKnowledge: false })}
        errors={errors}
        fields={(row, index, update) => (
          <>
            <TextField
              name={`attendance.${index}.attendees`}
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              label={m.attendees}
              value={row.attendees}
              onChange={(change) => update({ attendees: change.target.value })}
              error={errors[`attendance.${index}.attendees`]}
            />
            <CheckboxField
              name={`attendance.${index}.sharedKnowledge`}
              label={m.sharedKnowledge}
              checked={row.sharedKnowledge}
              onChange={(change) => update({ sharedKnowledge: change.target.checked })}
              error={errors[`attendance.${index}.sharedKnowledge`]}
            />
          </>
        )}
      />
      <SelectField
        name="hostCompanyId"
        label={m.hostLabel}
        hint={m.hostHint}
        value={hostCompanyId}
        placeholder={m.noHost}
        options={hosts.map((company) => ({ value: company.id, label: company.name }))}
        onChange={(change) => setHostCompanyId(change.target.value)}
        error={errors.hostCompanyId}
      />
    </ActionForm>
  );
}
