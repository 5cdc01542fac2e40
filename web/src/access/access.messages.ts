// The words of signing in and out in English and Chinese (merged into the app's dictionaries).

/** English messages of signing in. */
export const accessEn = {
  'access.signIn': 'Sign in',
  'access.signOut': 'Sign out',
  'access.login': 'Sign-in name',
  'access.password': 'Password',
  'access.needed': 'Sign in to see this.',
  'access.unreachable': 'The server could not be reached.',
  'access.changePassword': 'Change password',
  'access.currentPassword': 'Current password',
  'access.newPassword': 'New password (at least {min} characters)',
  'access.repeatPassword': 'New password again',
  'access.mismatch': 'The two new passwords differ.',
  'access.mustChange':
    'You signed in with a one-time password. Choose your own before anything else.',
  'access.changed': 'Password changed; your other sessions were signed out.',
  'access.cancel': 'Cancel',
};

/** Chinese messages of signing in (same keys as English). */
export const accessZh: Record<keyof typeof accessEn, string> = {
  'access.signIn': '登录',
  'access.signOut': '退出登录',
  'access.login': '登录名',
  'access.password': '密码',
  'access.needed': '请登录后查看。',
  'access.unreachable': '无法连接服务器。',
  'access.changePassword': '修改密码',
  'access.currentPassword': '当前密码',
  'access.newPassword': '新密码（至少{min}个字符）',
  'access.repeatPassword': '再次输入新密码',
  'access.mismatch': '两次输入的新密码不一致。',
  'access.mustChange': '您使用的是一次性密码，请先设置您自己的密码。',
  'access.changed': '密码已修改，您在其他地方的登录已退出。',
  'access.cancel': '取消',
};
