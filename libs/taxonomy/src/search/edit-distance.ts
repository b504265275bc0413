/**
 * Whether `a` becomes `b` by at most one edit: a letter inserted, left out or replaced, or two neighbouring letters
 * swapped (the optimal string alignment distance ≤ 1; a swap is the commonest typo of all). Linear: the strings are
 * walked to their first difference and the rest compared.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length > 1) return false;
  let at = 0;
  while (at < shorter.length && shorter[at] === longer[at]) at++;
  if (shorter.length < longer.length) return shorter.slice(at) === longer.slice(at + 1);
  return (
    shorter.slice(at + 1) === longer.slice(at + 1) ||
    (shorter[at] === longer[at + 1] && shorter[at + 1] === longer[at] && shorter.slice(at + 2) === longer.slice(at + 2))
  );
}

/** Every string one edit from `word` (see withinOneEdit), inserted and replacing letters taken from `alphabet`. */
export function oneEditVariants(word: string, alphabet: string): Set<string> {
  const variants = new Set<string>();
  for (let at = 0; at <= word.length; at++) {
    const [head, tail] = [word.slice(0, at), word.slice(at)];
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of alphabet) {
      variants.add(head + letter + tail);
      if (tail && letter !== tail[0]) variants.add(head + letter + tail.slice(1));
    }
  }
  variants.delete(word);
  return variants;
}
