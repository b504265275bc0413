import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fill, useI18n, useMessages } from '../../i18n';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useSubmit } from '../../ui/forms';
import type { Pledge } from './api';
import { createPledge, PLEDGE_KINDS, replacePledge, type PledgeKind } from './commitments-api';
import { checkedSubmit, toCount, useStale } from './editing';
import { shortDate } from './format';
import { ActionForm } from './ActionForm';
import { messages } from './messages';

/** Add a pledge to a member (`pledge` null) or change one, the whole pledge sent again with the version read. */
export function PledgeForm({
  membershipId,
  company,
  pledge,
  onCancel,
  onSaved,
}: {
  membershipId: string;
  company: string;
  pledge: Pledge | null;
  onCancel: () => void;
  onSaved: (pledge: Pledge) => void;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const stale = useStale();
  const [kind, setKind] = useState<PledgeKind | ''>(pledge?.kind ?? '');
  const [quantity, setQuantity] = useState(pledge ? String(pledge.quantity) : '');
  const [fromOn, setFromOn] = useState(pledge?.fromOn ?? '');
  const [dueOn, setDueOn] = useState(pledge?.dueOn ?? '');
  const [description, setDescription] = useState(pledge?.description ?? '');
  // The version the form opened with: a change made meanwhile by someone else is refused, never overwritten.
  const [version] = useState(pledge?.version);
  const errors = form.errors.fields;

  const check = (): Record<string, string> =>
    fromOn && dueOn && dueOn < fromOn ? { dueOn: fill(m.notBefore, { other: shortDate(fromOn, language) }) } : {};
  const submit = checkedSubmit(form, check, async () => {
    const fields = {
      kind: kind as PledgeKind,
      quantity: toCount(quantity),
      dueOn: dueOn.trim(),
      description: description.trim() || null,
    };
    const saved =
      pledge && version !== undefined
        ? await stale(replacePledge(pledge.id, { ...fields, fromOn: fromOn.trim(), version }), () => {
            void queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
          })
        : await createPledge(membershipId, { ...fields, ...(fromOn.trim() ? { fromOn: fromOn.trim() } : {}) });
    onSaved(saved);
  });

  return (
    <ActionForm
      id="coc-pledge-form"
      title={pledge ? fill(m.editPledgeHeading, { kind: m.kinds[pledge.kind] }) : fill(m.newPledgeHeading, { company })}
      firstField="kind"
      errors={form.errors}
      labels={{
        kind: m.pledgeKind,
        quantity: m.pledgeQuantity,
        fromOn: m.pledgeFromOn,
        dueOn: m.pledgeDueOn,
        description: m.pledgeDescription,
      }}
      submitting={form.submitting}
      submitLabel={pledge ? m.save : m.addPledge}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <SelectField
          name="kind"
          label={m.pledgeKind}
          value={kind}
          placeholder={m.choose}
          options={PLEDGE_KINDS.map((each) => ({ value: each, label: m.kinds[each] }))}
          onChange={(event) => setKind(event.target.value as PledgeKind | '')}
          error={errors.kind}
        />
        <TextField
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          step={1}
          label={m.pledgeQuantity}
          hint={m.pledgeQuantityHint}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
          error={errors.quantity}
        />
        <TextField
          name="fromOn"
          type="date"
          label={m.pledgeFromOn}
          hint={pledge ? undefined : m.pledgeFromOnHintNew}
          value={fromOn}
          onChange={(event) => setFromOn(event.target.value)}
          error={errors.fromOn}
        />
        <TextField
          name="dueOn"
          type="date"
          label={m.pledgeDueOn}
          hint={m.pledgeDueOnHint}
          value={dueOn}
          onChange={(event) => setDueOn(event.target.value)}
          error={errors.dueOn}
        />
      </div>
      <TextAreaField
        name="description"
        label={m.pledgeDescription}
        hint={m.pledgeDescriptionHint}
        rows={2}
        maxLength={1000}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.description}
      />
    </ActionForm>
  );
}
