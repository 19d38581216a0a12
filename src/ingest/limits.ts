/** Bounds that keep one bad or hostile document from taking the memory or the time of a batch. */
export interface IngestLimits {
  /** Largest file or response accepted, in bytes; larger ones are refused before reading. */
  maxBytes: number;
  /** Largest total uncompressed size a DOCX (a ZIP) may declare and inflate to. */
  maxUnzippedBytes: number;
  /** Time allowed for one fetch, headers and body together. */
  timeoutMs: number;
  /** Redirects followed by one fetch before giving up. */
  maxRedirects: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  timeoutMs: 30_000,
  maxRedirects: 5,
};

/**
 * A ZIP entry that inflates more than this many times its compressed size, while also being
 * large, is treated as a bomb: Word's XML compresses 5–20×, deflate's ceiling is about 1032×.
 */
export const MAX_ZIP_RATIO = 200;
export const MIN_RATIO_CHECKED_BYTES = 1024 * 1024;

export function resolveLimits(limits: Partial<IngestLimits> | undefined): IngestLimits {
  const resolved = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof IngestLimits)[]) {
    const value = limits?.[key];
    if (value !== undefined) resolved[key] = value;
  }
  return resolved;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
