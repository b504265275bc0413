import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fill, useI18n, useMessages } from '../../i18n';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useSubmit } from '../../ui/forms';
import { fromCopenhagen, copenhagen, isDate, today } from '../admin/copenhagen';
import { useStaff } from '../candidates/staff';
import { ActionForm, focusLater, Notice, useNotice } from './ActionForm';
import {
  contactMember,
  leaveMember,
  ownerChoices,
  PROSPECT_STAGES,
  reopenMember,
  updateMember,
  type Membership,
  type MembershipDetail,
} from './api';
import { shortDate } from './format';
import { messages } from './messages';

type Action = 'edit' | 'contact' | 'leave' | 'reopen';

const buttonId = (action: Action) => `coc-action-${action}`;

/**
 * What a coordinator changes on one membership: a prospect's stage and the person responsible, a contact made,
 * a member leaving, and a company that left put back on the way in. One form at a time; each change, once the API
 * has taken it, reloads the membership so it shows in the history below.
 */
export function MemberActions({ member }: { member: MembershipDetail }) {
  const m = useMessages(messages);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Action | null>(null);
  const notice = useNotice();
  const actions: { action: Action; label: string }[] = [
    { action: 'edit', label: member.status === 'prospect' ? m.editProspect : m.editOwner },
    { action: 'contact', label: m.logContact },
    ...(member.status === 'member' ? [{ action: 'leave' as const, label: m.leave }] : []),
    ...(member.status === 'left' ? [{ action: 'reopen' as const, label: m.reopen }] : []),
  ];
  const cancel = () => {
    if (open) focusLater(buttonId(open));
    setOpen(null);
  };
  const done = async (message: string) => {
    setOpen(null);
    notice.say(message);
    await queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
  };
  const props = { member, onCancel: cancel, onDone: (message: string) => void done(message) };

  return (
    <section className="coc-section" aria-labelledby="coc-actions-title">
      <h2 id="coc-actions-title">{m.actionsHeading}</h2>
      <div className="coc-button-row">
        {actions.map(({ action, label }) => (
          <button
            key={action}
            type="button"
            id={buttonId(action)}
            aria-expanded={open === action}
            aria-controls={open === action ? `coc-${action}-form` : undefined}
            onClick={() => {
              notice.clear();
              setOpen(action);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <Notice notice={notice} />
      {open === 'edit' && <EditForm {...props} />}
      {open === 'contact' && <ContactForm {...props} />}
      {open === 'leave' && member.status === 'member' && <LeaveForm {...props} />}
      {open === 'reopen' && member.status === 'left' && <ReopenForm {...props} />}
    </section>
  );
}

interface FormProps {
  member: MembershipDetail;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/** A prospect's stage (for a prospect only, as the API) and the staff member who follows the company. */
function EditForm({ member, onCancel, onDone }: FormProps) {
  const m = useMessages(messages);
  const form = useSubmit();
  const staff = useStaff();
  const prospect = member.status === 'prospect';
  const [stage, setStage] = useState(member.prospectStage);
  const [ownerId, setOwnerId] = useState(member.owner?.id ?? '');
  const owners = ownerChoices(staff.data);
  // A former colleague still named as owner stays a choice, so the form shows what is recorded.
  if (member.owner && !owners.some((owner) => owner.value === member.owner?.id)) {
    owners.push({ value: member.owner.id, label: member.owner.name });
  }
  const submit = form.handle(async () => {
    await updateMember(member.id, {
      ...(prospect && stage !== member.prospectStage ? { prospectStage: stage } : {}),
      ...(ownerId !== (member.owner?.id ?? '') ? { ownerId: ownerId || null } : {}),
      version: member.version,
    });
    onDone(m.edited);
  });
  return (
    <ActionForm
      id="coc-edit-form"
      title={fill(prospect ? m.editProspectHeading : m.editOwnerHeading, { company: member.company.name })}
      firstField={prospect ? 'prospectStage' : 'ownerId'}
      errors={form.errors}
      labels={{ prospectStage: m.stageLabel, ownerId: m.ownerLabel }}
      submitting={form.submitting}
      submitLabel={m.save}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        {prospect && (
          <SelectField
            name="prospectStage"
            label={m.stageLabel}
            value={stage}
            onChange={(event) => setStage(event.target.value as Membership['prospectStage'])}
            options={PROSPECT_STAGES.map((each) => ({ value: each, label: m.stages[each] }))}
            error={form.errors.fields.prospectStage}
          />
        )}
        <SelectField
          name="ownerId"
          label={m.ownerLabel}
          value={ownerId}
          onChange={(event) => setOwnerId(event.target.value)}
          options={owners}
          placeholder={m.ownerNone}
          error={form.errors.fields.ownerId}
        />
      </div>
    </ActionForm>
  );
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A contact with the company: when (a Copenhagen date and time) and what was said. */
function ContactForm({ member, onCancel, onDone }: FormProps) {
  const m = useMessages(messages);
  const form = useSubmit();
  const now = copenhagen(new Date());
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [note, setNote] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The date and time become one instant here; what cannot be one is said beside its field.
    const wrong = {
      ...(isDate(date) ? {} : { contactedAt: m.dateRequired }),
      ...(TIME.test(time) ? {} : { contactedTime: m.timeRequired }),
    };
    if (Object.keys(wrong).length > 0) return form.refuse(wrong);
    void form.run(async () => {
      await contactMember(member.id, { contactedAt: fromCopenhagen(date, time).toISOString(), note: note.trim() });
      onDone(m.contactLogged);
    });
  };
  return (
    <ActionForm
      id="coc-contact-form"
      title={fill(m.contactHeading, { company: member.company.name })}
      firstField="contactedAt"
      errors={form.errors}
      labels={{ contactedAt: m.contactedOn, contactedTime: m.contactedTime, note: m.contactNote }}
      submitting={form.submitting}
      submitLabel={m.confirmContact}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextField
          name="contactedAt"
          type="date"
          label={m.contactedOn}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={form.errors.fields.contactedAt}
        />
        <TextField
          name="contactedTime"
          type="time"
          label={m.contactedTime}
          hint={m.contactedTimeHint}
          value={time}
          onChange={(event) => setTime(event.target.value)}
          error={form.errors.fields.contactedTime}
        />
      </div>
      <TextAreaField
        name="note"
        label={m.contactNote}
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={form.errors.fields.note}
      />
    </ActionForm>
  );
}

/** A member leaves the network: the day and why. */
function LeaveForm({ member, onCancel, onDone }: FormProps) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const form = useSubmit();
  const [leftOn, setLeftOn] = useState(today());
  const [reason, setReason] = useState('');
  const submit = form.handle(async () => {
    const left = await leaveMember(member.id, { leftOn, reason: reason.trim(), version: member.version });
    onDone(fill(m.leftDone, { company: left.company.name, date: shortDate(left.leftOn ?? leftOn, language) }));
  });
  return (
    <ActionForm
      id="coc-leave-form"
      title={fill(m.leaveHeading, { company: member.company.name })}
      firstField="leftOn"
      errors={form.errors}
      labels={{ leftOn: m.leftOnLabel, reason: m.reasonLabel }}
      submitting={form.submitting}
      submitLabel={m.confirmLeave}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        name="leftOn"
        type="date"
        label={m.leftOnLabel}
        hint={m.leftOnHint}
        value={leftOn}
        onChange={(event) => setLeftOn(event.target.value)}
        error={form.errors.fields.leftOn}
      />
      <TextAreaField
        name="reason"
        label={m.reasonLabel}
        rows={2}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={form.errors.fields.reason}
      />
    </ActionForm>
  );
}

/** A company that left goes back on the way in (at stage "Ny"), from a day and with a note. */
function ReopenForm({ member, onCancel, onDone }: FormProps) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const form = useSubmit();
  const [on, setOn] = useState(today());
  const [note, setNote] = useState('');
  const submit = form.handle(async () => {
    const reopened = await reopenMember(member.id, {
      on,
      ...(note.trim() ? { note: note.trim() } : {}),
      version: member.version,
    });
    onDone(fill(m.reopened, { company: reopened.company.name, date: shortDate(on, language) }));
  });
  return (
    <ActionForm
      id="coc-reopen-form"
      title={fill(m.reopenHeading, { company: member.company.name })}
      firstField="on"
      errors={form.errors}
      labels={{ on: m.reopenOn, note: m.note }}
      submitting={form.submitting}
      submitLabel={m.confirmReopen}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        name="on"
        type="date"
        label={m.reopenOn}
        value={on}
        onChange={(event) => setOn(event.target.value)}
        error={form.errors.fields.on}
      />
      <TextAreaField
        name="note"
        label={m.note}
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={form.errors.fields.note}
      />
    </ActionForm>
  );
}
