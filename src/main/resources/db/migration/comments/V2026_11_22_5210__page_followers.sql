-- Who follows the comments on a page (feature `comments`), so that notifications can tell them of new ones.
-- The author of a thread and every commenter follow the page by themselves; "stop following" keeps the row
-- with following = false, so that commenting again does not follow the page against the person's word.
create table comments.page_followers (
    community_id  bigint      not null,
    page_path     text        not null,
    account_id    bigint      not null,
    following     boolean     not null,
    changed_at    timestamptz not null default now(),
    primary key (community_id, page_path, account_id)
);
create index page_followers_by_account on comments.page_followers (account_id);
