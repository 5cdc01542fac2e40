// The words of signing in and out in English and Chinese (merged into the app's dictionaries).

/** English messages of signing in. */
export const accessEn = {
  'access.signIn': 'Sign in',
  'access.signOut': 'Sign out',
  'access.login': 'Sign-in name',
  'access.password': 'Password',
  'access.needed': 'Sign in to see this.',
  'access.unreachable': 'The server could not be reached.',
};

/** Chinese messages of signing in (same keys as English). */
export const accessZh: Record<keyof typeof accessEn, string> = {
  'access.signIn': '登录',
  'access.signOut': '退出登录',
  'access.login': '登录名',
  'access.password': '密码',
  'access.needed': '请登录后查看。',
  'access.unreachable': '无法连接服务器。',
};
