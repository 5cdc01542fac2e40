// The names a client uses to authenticate: the session cookie and the CSRF header (shared by the access
// plugin and the OpenAPI security schemes).

/** The cookie holding a browser session's id. */
export const SESSION_COOKIE = 'tz_session';
/** The header a browser sends its session's CSRF token in, on every write. */
export const CSRF_HEADER = 'x-csrf-token';
