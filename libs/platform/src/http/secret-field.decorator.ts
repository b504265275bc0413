const SECRET_FIELDS = Symbol('jobbro:secret-fields');

/**
 * Marks a request field that carries a secret (a password, a token): it is compared or hashed, never stored as
 * text, so it is passed on exactly as sent (not trimmed) and not held to the rules for stored text.
 */
export function SecretField(): PropertyDecorator {
  return (target, property) => {
    const owner = target.constructor as object;
    const inherited: string[] = Reflect.getMetadata(SECRET_FIELDS, owner) ?? [];
    Reflect.defineMetadata(SECRET_FIELDS, [...inherited, String(property)], owner);
  };
}

/** The top-level fields of a request DTO class marked with @SecretField. */
export function secretFieldsOf(metatype: unknown): ReadonlySet<string> {
  return new Set(
    typeof metatype === 'function'
      ? ((Reflect.getMetadata(SECRET_FIELDS, metatype) as string[] | undefined) ?? [])
      : [],
  );
}
