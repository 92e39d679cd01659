-- A meeting to which a body was invited (bodies feature, by id only): listed on the body's page.
alter table meetings.meetings add column body_id bigint;
create index meetings_by_body on meetings.meetings (body_id) where body_id is not null;
