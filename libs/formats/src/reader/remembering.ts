/**
 * `read`, answering a text it has read before from memory: an export repeats the same few days, platforms and
 * currencies on every row. Results only: a text that throws is read (and throws) again. Past `limit` texts
 * the memory starts over, so a file of all-different texts cannot grow it without bound.
 */
export function remembering<T>(read: (value: string) => T, limit = 1_000): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    let result = known.get(value);
    if (result === undefined) {
      result = read(value);
      if (known.size >= limit) known.clear();
      known.set(value, result);
    }
    return result;
  };
}
