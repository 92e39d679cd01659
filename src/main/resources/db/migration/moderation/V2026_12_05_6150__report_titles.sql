-- An item's name in the queue ("Comment by Ana on guides/sampling") in each moderator's language: the name as a key
-- of the owning feature's bundle and its arguments (JSON), beside the English kept in `title`. Null for a name
-- people typed (a discussion's title) and for entries stored before: their `title` is shown as stored.
alter table moderation.reports
    add column title_key       text,
    add column title_arguments text;
