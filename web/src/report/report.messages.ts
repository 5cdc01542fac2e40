// The words of the report view in English and Chinese (merged into the app's dictionaries).

/** English messages of the report view. */
export const reportEn = {
  'report.title': 'Report',
};

/** Chinese messages of the report view (same keys as English). */
export const reportZh: Record<keyof typeof reportEn, string> = {
  'report.title': '公开报告',
};
