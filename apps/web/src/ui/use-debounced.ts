import { useEffect, useState } from 'react';

/** The value once it has stayed the same for `delay` ms: a pause in typing, so each keystroke is not a request. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
