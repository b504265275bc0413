import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { fill, useI18n, useMessages } from '../../i18n';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorSummary, useSubmit } from '../../ui/forms';
import { TaxonomyPicker } from '../../ui/TaxonomyPicker';
import { weightOf, type ShortagePeriod } from './api';
import { messages } from './messages';

interface SectorRow {
  key: number;
  code: string;
  weight: string;
}
interface OccupationRow {
  key: number;
  code: string;
  label: string;
  weight: string;
}

let nextKey = 1;
const weightText = (value: number, language: string) =>
  language === 'da' ? String(value).replace('.', ',') : String(value);

/** Create or replace a period: name, dates, RAR area, sectors and occupations each with a weight. */
export function PeriodForm({
  period,
  onSaved,
  onCancel,
}: {
  period: ShortagePeriod | null;
  onSaved: (saved: ShortagePeriod) => Promise<void>;
  onCancel: () => void;
}) {
  const m = useMessages(messages);
  const { language } = useI18n();
  const form = useSubmit();
  const [name, setName] = useState(period?.name ?? '');
  const [validFrom, setValidFrom] = useState(period?.validFrom ?? '');
  const [validTo, setValidTo] = useState(period?.validTo ?? '');
  const [rarArea, setRarArea] = useState(period?.rarArea ?? '');
  const [sectors, setSectors] = useState<SectorRow[]>(
    period?.sectors.map((each) => ({ key: nextKey++, code: each.code, weight: weightText(each.weight, language) })) ??
      [],
  );
  const [occupations, setOccupations] = useState<OccupationRow[]>(
    period?.occupations.map((each) => ({
      key: nextKey++,
      code: each.code,
      label: each.label,
      weight: weightText(each.weight, language),
    })) ?? [],
  );
  const sectorList = useQuery({
    queryKey: ['taxonomy', 'sectors'],
    queryFn: () => unwrap(api.GET('/api/v1/taxonomy/sectors')),
  });
  const sectorOptions = (sectorList.data?.items ?? []).map((sector) => ({
    value: sector.code,
    label: language === 'da' ? sector.labelDa : sector.labelEn,
  }));
  const sectorLabel = (code: string, index: number) =>
    sectorOptions.find((option) => option.value === code)?.label ?? fill(m.sectorNumber, { n: index + 1 });
  const errors = form.errors.fields;

  const submit = form.handle(async () => {
    const body = {
      name,
      validFrom,
      validTo,
      rarArea: rarArea.trim() === '' ? null : rarArea,
      sectors: sectors.map((row) => ({ code: row.code, weight: weightOf(row.weight) as number })),
      occupations: occupations.map((row) => ({ code: row.code, weight: weightOf(row.weight) as number })),
    };
    const saved = period
      ? await unwrap(
          api.PUT('/api/v1/shortage-sectors/{id}', {
            params: { path: { id: period.id } },
            body: { ...body, version: period.version },
          }),
        )
      : await unwrap(api.POST('/api/v1/shortage-sectors', { body }));
    await onSaved(saved);
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="shortage-form-title">
      <ErrorSummary
        errors={form.errors}
        labels={{ name: m.name, validFrom: m.validFrom, validTo: m.validTo, rarArea: m.rarArea }}
      />
      <div className="form-grid">
        <TextField
          name="name"
          label={m.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        <TextField
          name="validFrom"
          label={m.validFrom}
          value={validFrom}
          inputMode="numeric"
          onChange={(e) => setValidFrom(e.target.value)}
          error={errors.validFrom}
        />
        <TextField
          name="validTo"
          label={m.validTo}
          value={validTo}
          inputMode="numeric"
          onChange={(e) => setValidTo(e.target.value)}
          error={errors.validTo}
        />
        <TextField
          name="rarArea"
          label={m.rarArea}
          hint={m.rarAreaHint}
          value={rarArea}
          onChange={(e) => setRarArea(e.target.value)}
          error={errors.rarArea}
        />
      </div>

      <fieldset className="shortage-entries">
        <legend>{m.sectorsLegend}</legend>
        {errors.sectors && <FieldError text={errors.sectors.text} lang={errors.sectors.lang} />}
        {sectors.map((row, index) => (
          <div className="shortage-entry" key={row.key}>
            <SelectField
              name={`sectors.${index}.code`}
              label={fill(m.sectorNumber, { n: index + 1 })}
              placeholder={m.chooseSector}
              options={sectorOptions}
              value={row.code}
              onChange={(e) =>
                setSectors((rows) =>
                  rows.map((each) => (each.key === row.key ? { ...each, code: e.target.value } : each)),
                )
              }
              error={errors[`sectors.${index}.code`]}
            />
            <TextField
              name={`sectors.${index}.weight`}
              label={fill(m.weightOf, { name: sectorLabel(row.code, index) })}
              hint={m.weightHint}
              inputMode="decimal"
              value={row.weight}
              onChange={(e) =>
                setSectors((rows) =>
                  rows.map((each) => (each.key === row.key ? { ...each, weight: e.target.value } : each)),
                )
              }
              error={errors[`sectors.${index}.weight`]}
            />
            <button
              type="button"
              onClick={() => setSectors((rows) => rows.filter((each) => each.key !== row.key))}
              aria-label={fill(m.removeEntry, { name: sectorLabel(row.code, index) })}
            >
              {m.removeEntryShort}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setSectors((rows) => [...rows, { key: nextKey++, code: '', weight: '1' }])}
        >
          {m.addSector}
        </button>
      </fieldset>

      <fieldset className="shortage-entries">
        <legend>{m.occupationsLegend}</legend>
        {errors.occupations && <FieldError text={errors.occupations.text} lang={errors.occupations.lang} />}
        {occupations.map((row, index) => (
          <div className="shortage-entry" key={row.key}>
            <p className="shortage-entry-name">
              {row.label} ({row.code})
              {errors[`occupations.${index}.code`] && (
                <FieldError
                  text={errors[`occupations.${index}.code`].text}
                  lang={errors[`occupations.${index}.code`].lang}
                />
              )}
            </p>
            <TextField
              name={`occupations.${index}.weight`}
              label={fill(m.weightOf, { name: row.label })}
              inputMode="decimal"
              value={row.weight}
              onChange={(e) =>
                setOccupations((rows) =>
                  rows.map((each) => (each.key === row.key ? { ...each, weight: e.target.value } : each)),
                )
              }
              error={errors[`occupations.${index}.weight`]}
            />
            <button
              type="button"
              onClick={() => setOccupations((rows) => rows.filter((each) => each.key !== row.key))}
              aria-label={fill(m.removeEntry, { name: row.label })}
            >
              {m.removeEntryShort}
            </button>
          </div>
        ))}
        <TaxonomyPicker
          kind="occupations"
          name="addOccupation"
          label={m.addOccupation}
          hint={m.addOccupationHint}
          clearOnSelect
          onSelect={(option) =>
            setOccupations((rows) =>
              rows.some((each) => each.code === option.value)
                ? rows
                : [...rows, { key: nextKey++, code: option.value, label: option.label, weight: '1' }],
            )
          }
        />
      </fieldset>

      <div className="shortage-button-row">
        <button type="submit" className="primary" disabled={form.submitting}>
          {period ? m.save : m.create}
        </button>
        {period && (
          <button type="button" onClick={onCancel}>
            {m.cancelEdit}
          </button>
        )}
      </div>
    </form>
  );
}

/** A message about a list or an entry with no input of its own, said like a field's. */
function FieldError({ text, lang }: { text: string; lang?: string }) {
  const { t } = useI18n();
  return (
    <span className="field-error" lang={lang}>
      <span className="visually-hidden">{t.form.errorPrefix} </span>
      {text}
    </span>
  );
}
