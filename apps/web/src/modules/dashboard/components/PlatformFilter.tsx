import type { Platform } from '../../../generated/graphql';
import { PLATFORM_LABELS, PLATFORMS } from '../platforms.util';

interface PlatformFilterProps {
  selected: Platform[];
  onToggle: (platform: Platform) => void;
  onShowAll: () => void;
}

export function PlatformFilter({ selected, onToggle, onShowAll }: PlatformFilterProps) {
  return (
    <fieldset className="filter platform-filter">
      <legend>Platforms</legend>
      <div className="chips">
        <button
          type="button"
          className="chip"
          aria-pressed={selected.length === 0}
          onClick={onShowAll}
          data-testid="platform-all"
        >
          All platforms
        </button>
        {PLATFORMS.map((platform) => (
          <button
            key={platform}
            type="button"
            className="chip"
            aria-pressed={selected.includes(platform)}
            onClick={() => onToggle(platform)}
            data-testid={`platform-${platform}`}
          >
            {PLATFORM_LABELS[platform]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
