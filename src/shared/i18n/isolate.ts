/**
 * Text from elsewhere (a name, a host, a quote) put into an interface string that is not markup (an attribute, a
 * label): isolated between FSI and PDI, as `<bdi>` does in markup, so its direction cannot reorder the sentence
 * around it, and a test can tell it from the interface's own words.
 */
export const isolateText = (text: string): string => `\u2068${text}\u2069`;
