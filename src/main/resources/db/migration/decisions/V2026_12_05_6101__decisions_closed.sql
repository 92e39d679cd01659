-- The annual progress report lists the decisions a community closed in a period.
create index decisions_closed on decisions.decisions (community_id, closed_at) where closed_at is not null;
