import { useId } from 'react';
import { useI18n, useMessages } from '../../i18n';
import { fieldId, type FieldErrorText } from '../../ui/fields';
import { INTAKE_KINDS, type IntakeKind } from './employer-api';
import { messages } from './messages';

/**
 * The kind of request as radio buttons, each with a line saying what it means: an employer need not know the
 * jobcentre's words. The first button carries the field's id, so the error summary's link lands in the group.
 */
export function KindChoice({
  value,
  onChange,
  error,
}: {
  value: IntakeKind | '';
  onChange: (kind: IntakeKind) => void;
  error?: FieldErrorText;
}) {
  const { t } = useI18n();
  const m = useMessages(messages);
  const unique = useId();
  const errorId = `${unique}-error`;
  return (
    <fieldset
      className={`field kind-choice${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{m.kindLegend}</legend>
      {error && (
        <p id={errorId} className="field-error" lang={error.lang}>
          <span className="visually-hidden">{t.form.errorPrefix} </span>
          {error.text}
        </p>
      )}
      {INTAKE_KINDS.map((kind, index) => {
        const id = index === 0 ? fieldId('kind') : `${unique}-${index}`;
        return (
          <div key={kind} className="kind-option">
            <input
              type="radio"
              id={id}
              name="kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              aria-describedby={`${id}-hint`}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={id}>{m.kinds[kind]}</label>
            <p id={`${id}-hint`} className="hint">
              {m.kindExplained[kind]}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
