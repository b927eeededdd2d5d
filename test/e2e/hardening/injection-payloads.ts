/** Markup and script an imported file might carry (each would set `window.__pwned` if it ran). */
export const FILE_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '<svg onload="window.__pwned=4"></svg>',
];

/** A valid Backstory user-data file whose hidden names are those payloads (the options page shows an unknown entity by its id). */
export function hostileUserData(): unknown {
  return {
    format: 'backstory-user-data',
    version: 1,
    exportedAt: '2025-10-20T10:00:00.000Z',
    siteSettings: [{ site: 'example.com', enabled: false, scope: 'domain', updatedAt: 1760954400000 }],
    hiddenNames: FILE_PAYLOADS.map((alias, i) => ({ site: 'example.com', entityId: alias, alias, createdAt: 1760954400000 + i })),
    prefs: { markMode: 'all' },
  };
}
