/**
 * How long a sign-in lasts. HR Copilot holds personal data about candidates and employees, often
 * used on shared office machines, so a session ends after a working day without use (8 hours idle),
 * and after a week whatever happens (7 days absolute), so a stolen cookie kept busy by a script
 * still dies. Somebody who uses the app daily signs in about once a day.
 */
export const sessionIdleSeconds = 8 * 60 * 60;
export const sessionAbsoluteSeconds = 7 * 24 * 60 * 60;

/**
 * How stale the record's lastSeenAt and the cookie's expiry may get before they are renewed: often
 * enough that the idle timeout is exact to a few minutes, rarely enough that ordinary requests do not
 * write to the database.
 */
export const sessionRenewSeconds = 5 * 60;
