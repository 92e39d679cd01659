-- Pages a moderator hid: unpublished, and not published again until a moderator restores them. Keyed by
-- path; the row follows the page when it moves.
create table content.hidden_pages (
    community_id  bigint      not null,
    path          text        not null,
    hidden_at     timestamptz not null default now(),
    primary key (community_id, path)
);
