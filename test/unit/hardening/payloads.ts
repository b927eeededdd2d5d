/** Markup and script a hostile page, article or file might carry; each would set a global flag if it ran. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '<svg onload="window.__pwned=4"></svg>',
  '"><iframe srcdoc="<script>parent.__pwned=5</script>">',
] as const;

export const PAYLOAD_TEXT = PAYLOADS.join(' ');
