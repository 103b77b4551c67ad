import type { Platform } from '../../../generated/graphql';
import { PLATFORM_LABELS, PLATFORMS } from '../../dashboard/platforms.util';
import { useExportFormats } from '../hooks/useExportFormats';
import type { UploadHints } from '../upload.util';

interface UploadOptionsProps {
  hints: UploadHints;
  onChange: (hints: UploadHints) => void;
}

/** "More options": what a file may not say itself; every field is optional and sent only when filled in. */
export function UploadOptions({ hints, onChange }: UploadOptionsProps) {
  const set = <K extends keyof UploadHints>(name: K, value: UploadHints[K]) => onChange({ ...hints, [name]: value });
  const { formats, error: formatsError } = useExportFormats();

  return (
    <details className="upload-options" data-testid="upload-options">
      <summary>More options</summary>
      <div className="upload-options__fields">
        <label className="field">
          <span>Format</span>
          <select
            value={hints.format}
            onChange={(event) => set('format', event.target.value)}
            data-testid="upload-format"
          >
            <option value="">Auto-detect</option>
            {formats.map((format) => (
              <option key={format.id} value={format.id}>
                {format.label}
              </option>
            ))}
          </select>
          {formatsError && <small>The list of formats could not be loaded; the file's format is detected</small>}
        </label>
        <label className="field">
          <span>Account</span>
          <input
            type="text"
            value={hints.account}
            maxLength={200}
            placeholder="Account id or name"
            onChange={(event) => set('account', event.target.value)}
            data-testid="upload-account"
          />
          <small>Platform account id or name, for exports that don't name one</small>
        </label>
        <label className="field">
          <span>Platform</span>
          <select
            value={hints.platform}
            onChange={(event) => set('platform', event.target.value as Platform | '')}
            data-testid="upload-platform"
          >
            <option value="">From the file</option>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {PLATFORM_LABELS[platform]}
              </option>
            ))}
          </select>
          <small>For Meta Business Suite series</small>
        </label>
        <label className="field">
          <span>Currency</span>
          <input
            type="text"
            value={hints.currency}
            maxLength={3}
            pattern="[A-Za-z]{3}"
            placeholder="USD"
            autoCapitalize="characters"
            onChange={(event) => set('currency', event.target.value.toUpperCase())}
            data-testid="upload-currency"
          />
          <small>3-letter code, for exports that don't say</small>
        </label>
        <label className="field">
          <span>Exported on</span>
          <input
            type="date"
            value={hints.exportedOn}
            onChange={(event) => set('exportedOn', event.target.value)}
            data-testid="upload-exported-on"
          />
          <small>The day you downloaded the file, for exports whose dates have no year</small>
        </label>
        <fieldset className="field upload-options__period">
          <legend>Period covered</legend>
          <input
            type="date"
            aria-label="Period start"
            value={hints.periodStart}
            max={hints.periodEnd || undefined}
            onChange={(event) => set('periodStart', event.target.value)}
            data-testid="upload-period-start"
          />
          <input
            type="date"
            aria-label="Period end"
            value={hints.periodEnd}
            min={hints.periodStart || undefined}
            onChange={(event) => set('periodEnd', event.target.value)}
            data-testid="upload-period-end"
          />
          <small>
            First and last day of the range you exported, for reports with no date column: stored as one total for the
            period, never spread over days
          </small>
        </fieldset>
      </div>
    </details>
  );
}
