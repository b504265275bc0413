/**
 * Whole years between a birth date and a day, both as YYYY-MM-DD (calendar dates, no time zone): the age the law
 * means, e.g. "25 or older at the start of a voksenlærling contract". Born 29 February: a year older on 1 March in
 * years without one.
 */
export function ageOn(birthDate: string, day: string): number {
  const [birthYear, birthMonth, birthDay] = birthDate.split('-').map(Number);
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  const hadBirthday = month > birthMonth || (month === birthMonth && dayOfMonth >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}
