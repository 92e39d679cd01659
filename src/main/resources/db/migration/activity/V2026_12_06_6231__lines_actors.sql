-- The activity dashboard counts the people who acted in a period (distinct actors by kind of act, a reply told apart
-- by its item: a comment or a discussion's post) over up to a million lines: this index holds what it reads, so the
-- count scans index entries of the period and no line.
create index lines_actors on activity.lines (community_id, at) include (kind, actor_id, item);
