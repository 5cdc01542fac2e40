// The words of signing in and out in English and Chinese (merged into the app's dictionaries).

/** English messages of signing in. */
export const accessEn = {
  'access.signIn': 'Sign in',
};

/** Chinese messages of signing in (same keys as English). */
export const accessZh: Record<keyof typeof accessEn, string> = {
  'access.signIn': '登录',
};
