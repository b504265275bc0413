import { ApiError } from '../../api/errors';
import { ruleText } from './rule-texts';

/** An API refusal of an action (409: not allowed now, or a rule of the kind), in Danish where it is known. */
export function danishRefusal(error: unknown, language: 'da' | 'en'): unknown {
  if (error instanceof ApiError && error.status === 409)
    return new ApiError(409, ruleText(error.message, language).text, error.fields);
  return error;
}
