// The words of the operations view in English and Chinese (merged into the app's dictionaries).

/** English messages of the operations view. */
export const operationsEn = {
  'ops.title': 'Operations',
};

/** Chinese messages of the operations view (same keys as English). */
export const operationsZh: Record<keyof typeof operationsEn, string> = {
  'ops.title': '援助行动',
};
