import { useId } from 'react';

const TIME_ZONES = Intl.supportedValuesOf('timeZone');

interface TimeZoneInputProps {
  value: string;
  onChange: (timeZone: string) => void;
  required?: boolean;
  placeholder?: string;
  testId?: string;
}

/** An IANA time zone, typed or picked from the browser's list; the API checks it either way. */
export function TimeZoneInput({ value, onChange, required, placeholder, testId }: TimeZoneInputProps) {
  const listId = useId();
  return (
    <>
      <input
        value={value}
        list={listId}
        required={required}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      <datalist id={listId}>
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
