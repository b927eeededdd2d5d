import { CorpusMemo } from './corpus-memo';

/** The extension's reads share one memo (the background serves one corpus at a time; the memo checks what a change touched). */
export const sharedMemo = new CorpusMemo();
