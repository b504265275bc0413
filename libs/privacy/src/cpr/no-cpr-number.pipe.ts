import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { invalidFields, secretFieldsOf, walkInput, type FieldError } from '@jobbro/platform';
import { containsCprNumber } from './cpr-number';

/**
 * Jobbro stores no CPR number, and free text is where one would slip in. This pipe runs on every request body, so
 * every text field refuses one, including fields added later: nothing has to be remembered per field. Secret fields
 * (passwords, tokens) are never stored as text and are left alone.
 */
@Injectable()
export class NoCprNumberPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body') return value;
    const secrets = secretFieldsOf(metadata.metatype);
    const errors: FieldError[] = [];
    for (const node of walkInput(value)) {
      if (typeof node.value !== 'string' || (node.depth === 1 && secrets.has(String(node.key)))) continue;
      if (containsCprNumber(node.value)) {
        errors.push({
          field: node.path,
          messages: [`${node.path} must not contain a CPR number; Jobbro does not store them`],
        });
      }
    }
    if (errors.length > 0) throw invalidFields(errors);
    return value;
  }
}
