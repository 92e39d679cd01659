-- The progress report finds, for each person who left a community, their last joining before it: one short range of
-- this index each, instead of the community's whole log.
create index audit_log_by_subject on community.audit_log (community_id, subject_id, at) where subject_id is not null;
