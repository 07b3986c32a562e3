// STUB (owned by the flags work, issue 6): context menu "flag selection", the outbox and its retries.
export function startFlagging(): void {}
