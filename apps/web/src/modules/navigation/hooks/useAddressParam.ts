import { useCallback, useEffect, useState } from 'react';
import { addressParams, onAddressChange, writeAddressParams } from '../address.util';

/**
 * One of a page's own choices kept in the address (`group=objective`), with a fallback when absent.
 * The fallback is never written, so that default views keep clean links.
 */
export function useAddressParam(name: string, fallback = ''): [string, (value: string) => void] {
  const read = useCallback(() => addressParams().get(name) ?? fallback, [name, fallback]);
  const [value, setValue] = useState(read);

  useEffect(() => onAddressChange(() => setValue(read())), [read]);

  const change = useCallback(
    (next: string) => {
      writeAddressParams([name], next === fallback ? [] : [[name, next]]);
      setValue(next);
    },
    [name, fallback],
  );
  return [value, change];
}
