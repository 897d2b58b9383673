/** Set at build time (BRIEFS_BUILD_LABEL): tells one deploy from another in About. */
declare const __BUILD_LABEL__: string;
