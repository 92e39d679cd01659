-- A notice's title in its reader's language: the bundle key and its arguments (a JSON array of strings and numbers,
-- strings exactly as typed), beside the English title, which stays for activities stored before (no key).
alter table notifications.activities add column title_key text;
alter table notifications.activities add column title_arguments jsonb;
