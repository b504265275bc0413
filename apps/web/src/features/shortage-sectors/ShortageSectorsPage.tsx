import './shortage-sectors.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, formatDate, formatNumber, useI18n, useMessages } from '../../i18n';
import { formMessage } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/states';
import { useSession } from '../../session';
import { todayInCopenhagen, type CurrentShortage, type ShortagePeriod } from './api';
import { messages } from './messages';
import { PeriodForm } from './PeriodForm';
import { StarImport } from './StarImport';

const EDITORS = new Set(['network-coordinator', 'lead']);

export default function ShortageSectorsPage() {
  const m = useMessages(messages);
  const { t, language } = useI18n();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const mayEdit = EDITORS.has(user?.role ?? '');
  const today = todayInCopenhagen();
  const [editing, setEditing] = useState<ShortagePeriod | null>(null);
  /** Bumped after each save, so the new-period form starts empty again. */
  const [formRound, setFormRound] = useState(0);
  const [removing, setRemoving] = useState<ShortagePeriod | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const formTop = useRef<HTMLElement>(null);

  const current = useQuery({
    queryKey: ['shortage-sectors', 'current', today],
    queryFn: () => unwrap(api.GET('/api/v1/shortage-sectors/current', { params: { query: { on: today } } })),
  });
  const periods = useQuery({
    queryKey: ['shortage-sectors', 'list'],
    queryFn: () => unwrap(api.GET('/api/v1/shortage-sectors', { params: { query: { pageSize: 100 } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['shortage-sectors'] });
  const dates = (period: { validFrom: string; validTo: string }) =>
    fill(m.periodDates, { from: formatDate(period.validFrom, language), to: formatDate(period.validTo, language) });

  useEffect(() => {
    if (editing) formTop.current?.scrollIntoView?.();
  }, [editing]);

  const remove = async (period: ShortagePeriod) => {
    setBusy(true);
    setRemoveError(null);
    try {
      await unwrap(api.DELETE('/api/v1/shortage-sectors/{id}', { params: { path: { id: period.id } } }));
      setRemoving(null);
      if (editing?.id === period.id) setEditing(null);
      setStatus(fill(m.removed, { name: period.name }));
      await refresh();
    } catch (error) {
      setRemoveError(formMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <p role="status" aria-live="polite" className={status ? undefined : 'visually-hidden'}>
        {status}
      </p>
      <QueryState query={current}>{(data) => <Current data={data} dates={dates} />}</QueryState>

      <section className="shortage-section" aria-labelledby="shortage-periods-title">
        <h2 id="shortage-periods-title">{m.periods}</h2>
        {!mayEdit && <p>{m.readOnly}</p>}
        <QueryState query={periods}>
          {(page) =>
            page.items.length === 0 ? (
              <p>{m.noPeriods}</p>
            ) : (
              <div className="table-wrap">
                <table className="data">
                  <caption>{m.periodsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.name}</th>
                      <th scope="col">{m.dates}</th>
                      <th scope="col">{m.source}</th>
                      <th scope="col">{m.rarArea}</th>
                      <th scope="col">{m.contents}</th>
                      {mayEdit && <th scope="col">{m.actions}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((period) => (
                      <tr key={period.id}>
                        <th scope="row">
                          {period.name}
                          {current.data?.period?.id === period.id && (
                            <>
                              {' '}
                              <span className="badge status-ok">{m.isCurrent}</span>
                            </>
                          )}
                        </th>
                        <td>{dates(period)}</td>
                        <td>{m.sources[period.source]}</td>
                        <td>{period.rarArea ?? m.none}</td>
                        <td>
                          {fill(m.contentsCount, {
                            sectors: formatNumber(period.sectors.length, language),
                            occupations: formatNumber(period.occupations.length, language),
                          })}
                        </td>
                        {mayEdit && (
                          <td>
                            <div className="shortage-button-row">
                              <button
                                type="button"
                                aria-label={fill(m.editNamed, { name: period.name })}
                                onClick={() => {
                                  setStatus('');
                                  setEditing(period);
                                }}
                              >
                                {m.edit}
                              </button>
                              <button
                                type="button"
                                className="shortage-danger"
                                aria-label={fill(m.removeNamed, { name: period.name })}
                                onClick={() => {
                                  setRemoveError(null);
                                  setRemoving(period);
                                }}
                              >
                                {m.remove}
                              </button>
                            </div>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
        {removing && (
          <Confirm
            question={fill(m.confirmRemove, { name: removing.name })}
            confirmLabel={m.yesRemove}
            cancelLabel={m.cancel}
            busy={busy}
            error={removeError}
            onCancel={() => setRemoving(null)}
            onConfirm={() => void remove(removing)}
          />
        )}
      </section>

      {mayEdit && (
        <section className="shortage-section" aria-labelledby="shortage-form-title" ref={formTop}>
          <h2 id="shortage-form-title">{editing ? fill(m.editPeriod, { name: editing.name }) : m.newPeriod}</h2>
          <PeriodForm
            key={editing?.id ?? `new-${formRound}`}
            period={editing}
            onCancel={() => setEditing(null)}
            onSaved={async (saved) => {
              setEditing(null);
              setFormRound((round) => round + 1);
              setStatus(fill(m.saved, { name: saved.name }));
              await refresh();
            }}
          />
        </section>
      )}
      {mayEdit && <StarImport onImported={() => void refresh()} />}
    </Page>
  );
}

function Current({ data, dates }: { data: CurrentShortage; dates: (p: ShortagePeriod) => string }) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const weight = (value: number) => formatNumber(value, language);
  return (
    <section className="shortage-current" aria-labelledby="shortage-current-title">
      <h2 id="shortage-current-title">
        {m.current}: {data.period ? data.period.name : m.title}
      </h2>
      <p>
        {data.period ? (
          <>
            {dates(data.period)}. {m.basisPeriod}
          </>
        ) : (
          m.basisFallback
        )}
      </p>
      {data.sectors.length === 0 ? (
        <p>{m.noSectors}</p>
      ) : (
        <table className="data">
          <caption>{m.sectorsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.sector}</th>
              <th scope="col">{m.weight}</th>
            </tr>
          </thead>
          <tbody>
            {data.sectors.map((sector) => (
              <tr key={sector.code}>
                <th scope="row">{language === 'da' ? sector.labelDa : sector.labelEn}</th>
                <td>{weight(sector.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.occupations.length === 0 ? (
        <p>{m.noOccupations}</p>
      ) : (
        <table className="data">
          <caption>{m.occupationsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.occupation}</th>
              <th scope="col">{m.code}</th>
              <th scope="col">{m.weight}</th>
              <th scope="col">{m.starRating}</th>
            </tr>
          </thead>
          <tbody>
            {data.occupations.map((occupation) => (
              <tr key={occupation.code}>
                <th scope="row">{occupation.label}</th>
                <td>{occupation.code}</td>
                <td>{weight(occupation.weight)}</td>
                <td>{occupation.starRating ? m.ratings[occupation.starRating] : m.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Confirm(props: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} className="shortage-confirm" role="alertdialog" aria-label={props.question} tabIndex={-1}>
      <p>{props.question}</p>
      {props.error && (
        <p role="alert" className="error">
          {props.error}
        </p>
      )}
      <div className="shortage-button-row">
        <button type="button" className="shortage-danger" onClick={props.onConfirm} disabled={props.busy}>
          {props.confirmLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </div>
  );
}
