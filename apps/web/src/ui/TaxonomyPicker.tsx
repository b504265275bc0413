import type { ReactNode } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { useI18n } from '../i18n';
import { Combobox, type ComboboxOption } from './Combobox';
import type { FieldErrorText } from './fields';

export type TaxonomyKind = 'skills' | 'occupations';

/**
 * An ESCO skill (value: its URI) or occupation (value: its code) chosen from suggestions as the user types, in the
 * user's language (Danish labels, English where ESCO has none). See Combobox for the keyboard.
 */
export function TaxonomyPicker({
  kind,
  ...props
}: {
  kind: TaxonomyKind;
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: FieldErrorText;
  onSelect: (option: ComboboxOption) => void;
  initialText?: string;
  clearOnSelect?: boolean;
  onTextChange?: (text: string) => void;
  children?: ReactNode;
}) {
  const { language } = useI18n();
  const search = async (q: string): Promise<ComboboxOption[]> => {
    const query = { q, lang: language, limit: 8 };
    if (kind === 'skills') {
      const found = await unwrap(api.GET('/api/v1/taxonomy/skills', { params: { query } }));
      return found.items.map((skill) => ({ value: skill.uri, label: skill.label }));
    }
    const found = await unwrap(api.GET('/api/v1/taxonomy/occupations', { params: { query } }));
    return found.items.map((occupation) => ({
      value: occupation.code,
      label: occupation.label,
      detail: occupation.code,
    }));
  };
  return <Combobox {...props} search={search} searchKey={['taxonomy', kind, language]} />;
}
