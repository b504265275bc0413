import { useId, useState, type ReactNode } from 'react';
import { fill, formatDateTime, formatNumber, useI18n, useMessages } from '../../i18n';
import type { Exclusion, MatchSkills, ScorePart } from './api';
import { messages } from './messages';

/** A score as a number and a bar: the number is the text, the bar only draws it (hidden from screen readers). */
export function ScoreBar({ score }: { score: number }) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const width = Math.max(0, Math.min(100, score));
  return (
    <span className="score">
      <strong className="score-number">{fill(m.scoreOf, { score: formatNumber(score, language) })}</strong>
      <svg className="score-bar" aria-hidden="true" focusable="false" viewBox="0 0 100 10" width="160" height="16">
        <rect className="score-track" x="0" y="0" width="100" height="10" />
        <rect className="score-fill" x="0" y="0" width={width} height="10" />
      </svg>
    </span>
  );
}

/** "Show the explanation": a button that opens and closes it (the disclosure pattern, aria-expanded). */
export function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="disclosure">
      <button
        type="button"
        className="link-button disclosure-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {label}
      </button>
      <div id={id} hidden={!open} className="disclosure-body">
        {open && children}
      </div>
    </div>
  );
}

/** Why a match got its score: each part's points of its most with the reason, then the skills. */
export function Explanation({
  name,
  score,
  parts,
  requiredSkills,
  desiredSkills,
}: {
  name: string;
  score: number;
  parts: ScorePart[];
  requiredSkills: MatchSkills;
  desiredSkills: MatchSkills;
}) {
  const { language } = useI18n();
  const m = useMessages(messages);
  const n = (value: number) => formatNumber(value, language);
  return (
    <Disclosure label={fill(m.explain, { name })}>
      <table className="data explanation">
        <caption>{fill(m.explanationCaption, { name, score: n(score) })}</caption>
        <thead>
          <tr>
            <th scope="col">{m.part}</th>
            <th scope="col" className="number">
              {m.points}
            </th>
            <th scope="col">{m.reason}</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => (
            <tr key={part.part}>
              <th scope="row">{m.parts[part.part]}</th>
              <td className="number">{fill(m.pointsOf, { points: n(part.points), max: n(part.max) })}</td>
              <td lang={language}>{language === 'da' ? part.da : part.en}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SkillList title={m.requiredSkills} skills={requiredSkills} />
      <SkillList title={m.desiredSkills} skills={desiredSkills} />
    </Disclosure>
  );
}

function SkillList({ title, skills }: { title: string; skills: MatchSkills }) {
  const m = useMessages(messages);
  const empty = skills.matched.length + skills.related.length + skills.missing.length === 0;
  return (
    <div className="skill-list">
      <h4>{title}</h4>
      {empty ? (
        <p>{m.noSkills}</p>
      ) : (
        <dl className="facts">
          {skills.matched.length > 0 && (
            <>
              <dt>{m.matched}</dt>
              <dd>{skills.matched.map((skill) => skill.label).join(', ')}</dd>
            </>
          )}
          {skills.related.length > 0 && (
            <>
              <dt>{m.related}</dt>
              <dd>
                {skills.related
                  .map((skill) => fill(m.relatedSkill, { skill: skill.label, via: skill.via.label }))
                  .join(', ')}
              </dd>
            </>
          )}
          {skills.missing.length > 0 && (
            <>
              <dt>{m.missing}</dt>
              <dd>{skills.missing.map((skill) => skill.label).join(', ')}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}

/** Every reason the rules left one out, in the user's language. */
export function Reasons({ reasons, label }: { reasons: Exclusion[]; label: string }) {
  const { language } = useI18n();
  return (
    <ul className="reasons" aria-label={label}>
      {reasons.map((reason) => (
        <li key={reason.rule} lang={language}>
          {language === 'da' ? reason.da : reason.en}
        </li>
      ))}
    </ul>
  );
}

/** The human-in-the-loop notice and how the list was made, on top of both match pages. */
export function ProposalNotice({
  requestedAt,
  weightsVersion,
  shortagePeriod,
}: {
  requestedAt: string;
  weightsVersion: number;
  shortagePeriod: string;
}) {
  const { language } = useI18n();
  const m = useMessages(messages);
  return (
    <div className="proposal-notice">
      <p>
        <strong>{m.proposal}</strong>
      </p>
      <p className="hint">
        {fill(m.madeWith, {
          when: formatDateTime(requestedAt, language),
          version: weightsVersion,
          shortage: shortagePeriod,
        })}
      </p>
    </div>
  );
}
