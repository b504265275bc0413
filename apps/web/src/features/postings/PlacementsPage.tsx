import './postings.css';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useI18n, useMessages } from '../../i18n';
import { SelectField, TextAreaField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { ExportButton } from '../../ui/ExportButton';
import { Page } from '../../ui/Page';
import { END_REASONS, type Placement, type PlacementEndReason } from './api';
import { messages } from './messages';
import { CandidateName, PlacementsTable, PostingTitle } from './PlacementsTable';
import { danishRefusal } from './refusals';

/** Every placement of the jobcentre, latest start first; an active one can be ended with why. */
export default function PlacementsPage() {
  const m = useMessages(messages);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const activeParam = params.get('active');
  const active = activeParam === 'true' ? true : activeParam === 'false' ? false : undefined;
  const [ending, setEnding] = useState<Placement | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const hrefFor = (target: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(target));
    return `?${next.toString()}`;
  };
  const [draft, setDraft] = useState(activeParam ?? '');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(draft ? { active: draft } : {});
  };
  return (
    <Page
      title={m.placementsTitle}
      intro={<p>{m.placementsIntro}</p>}
      actions={<ExportButton path="/api/v1/placements/export.csv" query={{ active }} fileName="placements.csv" />}
    >
      <form className="filters" role="search" aria-label={m.placementsTitle} onSubmit={apply} noValidate>
        <SelectField
          name="active"
          label={m.activeFilter}
          placeholder={m.any}
          options={[
            { value: 'true', label: m.activeOnly },
            { value: 'false', label: m.endedOnly },
          ]}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <p className="filter-actions">
          <button type="submit" className="primary">
            {m.filter}
          </button>
        </p>
      </form>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <PlacementsTable
        active={active}
        page={page}
        hrefFor={hrefFor}
        caption={m.placementsCaption}
        onEnd={(placement) => {
          setNotice(null);
          setEnding(placement);
        }}
      />
      {ending && (
        <EndForm
          key={ending.id}
          placement={ending}
          onDone={(ended) => {
            setEnding(null);
            if (ended) setNotice(m.ended);
          }}
        />
      )}
    </Page>
  );
}

function EndForm({ placement, onDone }: { placement: Placement; onDone: (ended: boolean) => void }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const form = useSubmit();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const submit = form.handle(async () => {
    try {
      await unwrap(
        api.POST('/api/v1/placements/{id}/end', {
          params: { path: { id: placement.id } },
          body: { reason: reason as PlacementEndReason, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      );
    } catch (error) {
      throw danishRefusal(error, language);
    }
    await queryClient.invalidateQueries({ queryKey: ['placements'] });
    onDone(true);
  });
  return (
    <section aria-labelledby="end-heading" className="panel">
      <h2 id="end-heading">
        <EndHeading placement={placement} />
      </h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={form.errors} labels={{ reason: m.endReason, note: m.endNote }} />
        <SelectField
          name="reason"
          label={m.endReason}
          placeholder={m.chooseReason}
          error={form.errors.fields.reason}
          options={END_REASONS.map((each) => ({ value: each, label: m.endReasons[each] }))}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          autoFocus
        />
        <TextAreaField
          name="note"
          label={m.endNote}
          error={form.errors.fields.note}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <p>
          <button type="submit" className="primary" disabled={form.submitting}>
            {m.endSubmit}
          </button>{' '}
          <button type="button" onClick={() => onDone(false)}>
            {m.cancel}
          </button>
        </p>
      </form>
    </section>
  );
}

function EndHeading({ placement }: { placement: Placement }) {
  const m = useMessages(messages);
  const [before, middle, after] = m.endHeading.split(/\{name\}|\{title\}/);
  return (
    <>
      {before}
      <CandidateName id={placement.candidateId} />
      {middle}
      <PostingTitle id={placement.postingId} link={false} />
      {after}
    </>
  );
}
