/**
 * False while the build prerenders pages in Node: the state singletons are created then too, and
 * must not touch `location`, `navigator` or `document` there.
 */
export const inBrowser = typeof window !== 'undefined';
