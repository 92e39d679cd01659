-- The browser a sign-in attempt came from when it showed a device cookie for the account (identity.DeviceCookies):
-- its failures are limited per device, and it is not held up by failures elsewhere (OWASP's device cookies).
alter table identity.sign_in_attempts add column device text;
create index sign_in_attempts_device on identity.sign_in_attempts (device, attempted_at) where device is not null;
