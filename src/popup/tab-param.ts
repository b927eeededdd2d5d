/** `?tab=<id>` names the tab when the popup is opened as a page (tests, bench); otherwise null. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

/** `?save=1`: open straight into "Save to Backstory" (the context menu and the keyboard command). */
export function saveRequestedInSearch(search: string): boolean {
  return new URLSearchParams(search).get('save') === '1';
}
