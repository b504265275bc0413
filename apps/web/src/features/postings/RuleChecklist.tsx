import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, useI18n, useMessages } from '../../i18n';
import type { PostingKind, RuleCheck } from './api';
import { messages } from './messages';
import { ruleText } from './rule-texts';
import { useDebounced } from '../../ui/use-debounced';

export type RuleCheckBody = { kind: PostingKind } & Record<string, unknown>;

/**
 * The kind's rules as a live checklist: the form's draft goes to the API's rule check (the same rule functions a
 * save runs, with the jobcentre's settings) 300 ms after the user stops typing. Only the one-line summary is a live
 * region, so a screen reader hears how things stand when it changes, not every keystroke.
 */
export function RuleChecklist({
  body,
  published,
  live = true,
}: {
  body: RuleCheckBody | null;
  published: boolean;
  /** In a form, checked as the user types; on a posting's page, the posting as it is saved. */
  live?: boolean;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  // Debounced by content: a re-render with an equal draft neither restarts the wait nor asks again.
  const settledJson = useDebounced(JSON.stringify(body), 300);
  const settled = useMemo(() => JSON.parse(settledJson) as RuleCheckBody | null, [settledJson]);
  const check = useQuery({
    queryKey: ['posting-rule-check', settled],
    queryFn: () => unwrap(api.POST('/api/v1/postings/rule-check', { body: settled as never })) as Promise<RuleCheck>,
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const data = settled ? check.data : undefined;
  const stateOf = (rule: RuleCheck['rules'][number]) =>
    rule.passed ? 'passed' : published || rule.blocksSaving ? 'failed' : 'publish';

  let summary = '';
  if (!settled) summary = m.rulesChooseKind;
  else if (check.isError) summary = m.rulesUnavailable;
  else if (data) {
    const broken = data.rules.filter((rule) => stateOf(rule) === 'failed').length;
    const forPublish = data.rules.filter((rule) => stateOf(rule) === 'publish').length;
    summary = broken
      ? fill(m.rulesSummaryBlocked, { count: broken })
      : forPublish
        ? fill(m.rulesSummaryPublish, { count: forPublish })
        : fill(m.rulesSummaryOk, { total: data.rules.length });
  }

  return (
    <section className="rule-checklist" aria-labelledby="rule-checklist-heading">
      <h2 id="rule-checklist-heading">
        {body ? fill(m.rulesLegend, { kind: m.kinds[body.kind].toLowerCase() }) : m.rulesHeading}
      </h2>
      <p className="hint">{live ? m.rulesIntro : m.rulesIntroSaved}</p>
      <p className="rule-summary" role="status" aria-live="polite">
        {summary}
      </p>
      {data && (
        <ul className="rules">
          {data.rules.map((rule) => {
            const state = stateOf(rule);
            return (
              <li key={rule.rule} className={`rule rule-${state}`} data-rule={rule.rule}>
                <span className={`badge ${state === 'passed' ? 'status-ok' : 'status-warning'}`}>
                  {state === 'passed' ? m.rulePassed : state === 'failed' ? m.ruleFailed : m.ruleForPublish}
                </span>{' '}
                <span>{m.rules[rule.rule] ?? rule.rule}</span>
                {!rule.passed && (
                  <ul className="rule-messages">
                    {rule.messages.map((message) => {
                      const text = ruleText(message, language);
                      return (
                        <li key={message} lang={text.lang}>
                          {text.text}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
