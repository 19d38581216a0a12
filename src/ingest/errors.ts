/**
 * The one error ingestion throws for a document it cannot read. The message is one line naming
 * the source and the reason, so a batch can log it and go on (STYLE.md, «Errors at the boundaries»).
 */
export class IngestError extends Error {
  readonly source: string;
  readonly reason: string;

  constructor(source: string, reason: string, options?: { cause?: unknown }) {
    // One line, whatever a library put in its message.
    const line = reason.replace(/\s*\n\s*/g, ' ').trim();
    super(`${source}: ${line}`, options);
    this.name = 'IngestError';
    this.source = source;
    this.reason = line;
  }
}
