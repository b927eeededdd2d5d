/** What to show of an error: its message when it is an Error, else whatever was thrown, as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
