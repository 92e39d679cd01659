-- A line's detail in each reader's language: the detail as a key of the writing feature's bundle and its arguments
-- (JSON), beside the English kept in `detail`. Null for details written in English only, as every earlier one was.
alter table community.audit_log
    add column detail_key       text,
    add column detail_arguments text;
