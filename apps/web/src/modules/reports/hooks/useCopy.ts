import { useCallback, useEffect, useState } from 'react';

const SHOWN_MS = 2000;

/** Copies text to the clipboard and says which copy just happened, for a moment. */
export function useCopy(): { copied: string | null; copy: (what: string, text: string) => Promise<void> } {
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = useCallback(async (what: string, text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(what);
  }, []);
  return { copied, copy };
}
