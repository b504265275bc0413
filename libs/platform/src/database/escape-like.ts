/** Text for an ILIKE pattern (with ESCAPE '\'), so `%`, `_` and `\` in what a user typed match themselves. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
