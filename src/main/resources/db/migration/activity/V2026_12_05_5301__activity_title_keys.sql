-- A line's title in every reader's language: the bundle key and its arguments (a JSON array of strings and numbers,
-- strings exactly as typed), beside the English title, which stays for lines recorded before (no key) and for what
-- reads the stored English (newsletters, search).
alter table activity.lines add column title_key text;
alter table activity.lines add column title_arguments jsonb;
