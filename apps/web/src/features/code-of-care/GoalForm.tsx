import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { fill, useMessages } from '../../i18n';
import { RadioGroup, TextAreaField, TextField } from '../../ui/fields';
import { useSubmit } from '../../ui/forms';
import { ActionForm } from './ActionForm';
import { createGoal, replaceGoal, type Goal } from './api';
import { messages } from './messages';

const WHOLE = /^\s*\d{1,9}\s*$/;

/**
 * The year's goal: set it (POST /goals) when the year has none, or change it (PUT /goals/:id, the whole goal with the
 * version read, a 409 if someone changed it since). Dates left empty take the API's defaults (the year's turn and
 * end).
 */
export function GoalForm({
  year,
  goal,
  onCancel,
  onSaved,
}: {
  year: number;
  goal: Goal | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const m = useMessages(messages);
  const form = useSubmit();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState(goal ? String(goal.target) : '');
  const [baseline, setBaseline] = useState(goal ? String(goal.baseline) : '');
  const [baselineOn, setBaselineOn] = useState(goal?.baselineOn ?? '');
  const [deadlineOn, setDeadlineOn] = useState(goal?.deadlineOn ?? '');
  const [counts, setCounts] = useState<Goal['counts']>(goal?.counts ?? 'members');
  const [note, setNote] = useState(goal?.note ?? '');
  const errors = form.errors.fields;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const notWhole = {
      ...(WHOLE.test(target) ? {} : { target: m.wholeNumber }),
      ...(WHOLE.test(baseline) ? {} : { baseline: m.wholeNumber }),
    };
    if (Object.keys(notWhole).length > 0) return form.refuse(notWhole);
    void form.run(async () => {
      const body = {
        year,
        target: Number(target),
        baseline: Number(baseline),
        ...(baselineOn ? { baselineOn } : {}),
        ...(deadlineOn ? { deadlineOn } : {}),
        counts,
        note: note.trim() || null,
      };
      if (goal) await replaceGoal(goal.id, { ...body, version: goal.version });
      else await createGoal(body);
      await queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
      onSaved();
    });
  };

  return (
    <ActionForm
      id="coc-goal-form"
      title={fill(goal ? m.goalEditHeading : m.goalCreateHeading, { year })}
      firstField="target"
      errors={form.errors}
      labels={{
        target: m.target,
        baseline: m.goalBaseline,
        baselineOn: m.goalBaselineOn,
        deadlineOn: m.deadline,
        counts: m.goalCounts,
        note: m.note,
      }}
      submitting={form.submitting}
      submitLabel={m.save}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextField
          name="target"
          label={m.target}
          inputMode="numeric"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          error={errors.target}
        />
        <TextField
          name="baseline"
          label={m.goalBaseline}
          hint={m.goalBaselineHint}
          inputMode="numeric"
          value={baseline}
          onChange={(event) => setBaseline(event.target.value)}
          error={errors.baseline}
        />
        <TextField
          name="baselineOn"
          type="date"
          label={m.goalBaselineOn}
          hint={fill(m.goalBaselineOnHint, { year: year - 1 })}
          value={baselineOn}
          onChange={(event) => setBaselineOn(event.target.value)}
          error={errors.baselineOn}
        />
        <TextField
          name="deadlineOn"
          type="date"
          label={m.deadline}
          hint={fill(m.goalDeadlineHint, { year })}
          value={deadlineOn}
          onChange={(event) => setDeadlineOn(event.target.value)}
          error={errors.deadlineOn}
        />
      </div>
      <RadioGroup
        name="counts"
        legend={m.goalCounts}
        value={counts}
        options={(['members', 'active-members'] as const).map((value) => ({ value, label: m.countsLong[value] }))}
        onChange={(value) => setCounts(value as Goal['counts'])}
        error={errors.counts}
      />
      <TextAreaField
        name="note"
        label={m.note}
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.note}
      />
    </ActionForm>
  );
}
