// The words of the experts view in English and Chinese (merged into the app's dictionaries).

/** English messages of the experts view. */
export const expertsEn = {
  'experts.title': 'Experts',
};

/** Chinese messages of the experts view (same keys as English). */
export const expertsZh: Record<keyof typeof expertsEn, string> = {
  'experts.title': '专家与交流',
};
