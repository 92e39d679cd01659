-- Discussion posts in the search index (feature `discussions` tells search of every change): kind POST, one
-- row per visible post, found by those who may read the community's discussions. title is the discussion's
-- title for its opening post (weighted like a page title) and empty for replies; thread_title is what results
-- show for every post of the discussion (empty while its opening post is hidden). path is unused ('').
alter table search.documents drop constraint documents_kind_check;
alter table search.documents add constraint documents_kind_check
    check (kind in ('PAGE', 'PUBLISHED', 'COMMENT', 'POST'));
alter table search.documents
    add column post_id      bigint,
    add column thread_id    bigint,
    add column thread_title text;
alter table search.documents add constraint documents_post_check
    check ((kind = 'POST') = (post_id is not null and thread_id is not null and thread_title is not null));

-- pages and published versions are unique by path; posts (all at path '') by post
drop index search.documents_of_pages;
create unique index documents_of_pages on search.documents (community_id, kind, path) where kind in ('PAGE', 'PUBLISHED');
create unique index documents_of_posts on search.documents (post_id) where kind = 'POST';
create index documents_of_threads on search.documents (thread_id) where kind = 'POST';
