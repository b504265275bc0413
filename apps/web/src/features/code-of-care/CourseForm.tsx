import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fill, useI18n, useMessages } from '../../i18n';
import { TextField } from '../../ui/fields';
import { useSubmit } from '../../ui/forms';
import type { CompanyRef } from './api';
import { createCourse, replaceCourse, type Course } from './commitments-api';
import { checkedSubmit, CompanyRows, toCount, useStale } from './editing';
import { shortDate } from './format';
import { ActionForm } from './ActionForm';
import { messages } from './messages';

interface ParticipantRow {
  company: CompanyRef;
  participants: string;
  mentorsTrained: string;
}

/** A mentor course, new (`course` null) or changed: its dates and, per company, the people on it and the mentors. */
export function CourseForm({
  course,
  onCancel,
  onSaved,
}: {
  course: Course | null;
  onCancel: () => void;
  onSaved: (course: Course) => void;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const stale = useStale();
  const [title, setTitle] = useState(course?.title ?? '');
  const [provider, setProvider] = useState(course?.provider ?? '');
  const [startsOn, setStartsOn] = useState(course?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(course?.endsOn ?? '');
  const [rows, setRows] = useState<ParticipantRow[]>(
    (course?.participants ?? []).map((each) => ({
      company: each.company,
      participants: String(each.participants),
      mentorsTrained: String(each.mentorsTrained),
    })),
  );
  const [version] = useState(course?.version);
  const errors = form.errors.fields;

  const check = () => {
    const problems: Record<string, string> = {};
    if (startsOn && endsOn && endsOn < startsOn)
      problems.endsOn = fill(m.notBefore, { other: shortDate(startsOn, language) });
    rows.forEach((row, index) => {
      const people = Number(row.participants);
      if (/^\d+$/.test(row.participants.trim()) && Number(row.mentorsTrained) > people)
        problems[`participants.${index}.mentorsTrained`] = fill(m.atMostParticipants, { count: people });
    });
    return problems;
  };
  const submit = checkedSubmit(form, check, async () => {
    const body = {
      title: title.trim(),
      ...(provider.trim() ? { provider: provider.trim() } : {}),
      startsOn: startsOn.trim(),
      endsOn: endsOn.trim(),
      participants: rows.map((row) => ({
        companyId: row.company.id,
        participants: toCount(row.participants),
        mentorsTrained: toCount(row.mentorsTrained),
      })),
    };
    const saved =
      course && version !== undefined
        ? await stale(replaceCourse(course.id, { ...body, version }), () => {
            void queryClient.invalidateQueries({ queryKey: ['code-of-care'] });
          })
        : await createCourse(body);
    onSaved(saved);
  });

  const labels: Record<string, string> = {
    title: m.courseTitleLabel,
    provider: m.providerLabel,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    participants: m.courseCompanies,
  };
  rows.forEach((row, index) => {
    labels[`participants.${index}.companyId`] = row.company.name;
    labels[`participants.${index}.participants`] = `${row.company.name}: ${m.courseParticipants}`;
    labels[`participants.${index}.mentorsTrained`] = `${row.company.name}: ${m.courseMentorsTrained}`;
  });

  return (
    <ActionForm
      id="coc-course-form"
      title={course ? fill(m.editCourseHeading, { title: course.title }) : m.newCourseHeading}
      firstField="title"
      errors={form.errors}
      labels={labels}
      submitting={form.submitting}
      submitLabel={course ? m.save : m.addCourse}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextField
          name="title"
          label={m.courseTitleLabel}
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
        />
        <TextField
          name="provider"
          label={m.providerLabel}
          maxLength={200}
          value={provider}
          onChange={(event) => setProvider(event.target.value)}
          error={errors.provider}
        />
        <TextField
          name="startsOn"
          type="date"
          label={m.startsOn}
          value={startsOn}
          onChange={(event) => setStartsOn(event.target.value)}
          error={errors.startsOn}
        />
        <TextField
          name="endsOn"
          type="date"
          label={m.endsOn}
          hint={m.endsOnHint}
          value={endsOn}
          onChange={(event) => setEndsOn(event.target.value)}
          error={errors.endsOn}
        />
      </div>
      <CompanyRows
        name="participants"
        legend={m.courseCompanies}
        rows={rows}
        onChange={setRows}
        newRow={(company) => ({ company, participants: '1', mentorsTrained: '0' })}
        errors={errors}
        fields={(row, index, update) => (
          <>
            <TextField
              name={`participants.${index}.participants`}
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              label={m.courseParticipants}
              value={row.participants}
              onChange={(event) => update({ participants: event.target.value })}
              error={errors[`participants.${index}.participants`]}
            />
            <TextField
              name={`participants.${index}.mentorsTrained`}
              type="number"
              inputMode="numeric"
              min={0}
              max={1000}
              label={m.courseMentorsTrained}
              hint={m.courseMentorsTrainedHint}
              value={row.mentorsTrained}
              onChange={(event) => update({ mentorsTrained: event.target.value })}
              error={errors[`participants.${index}.mentorsTrained`]}
            />
          </>
        )}
      />
    </ActionForm>
  );
}
