import * as v from 'valibot';

/** Bounded primitives for message schemas: a receiver never accepts unbounded input. */
export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
export const shortText = v.pipe(v.string(), v.maxLength(500));
/** A web page address: content scripts run on http(s) pages only, so nothing else is accepted. */
export const url = v.pipe(v.string(), v.maxLength(4096), v.url(), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));
export const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
