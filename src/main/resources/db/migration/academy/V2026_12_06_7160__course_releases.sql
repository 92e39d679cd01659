-- Releases of courses (docs/academy.md, "Releases"): a version of a course's main, named by a semantic version
-- (1.0, 1.1, 2.0.1) with a changelog, as a Git tag v1.0 in the course's repository names the same commit. A release
-- is immutable: no update or delete is ever made, and versions only increase (the major, minor and patch numbers are
-- kept as numbers to order them). A fork records the release it started from, if any.
create table academy.course_releases (
    course_id   bigint      not null references academy.courses (id) on delete cascade,
    version     text        not null check (version ~ '^[0-9]{1,6}\.[0-9]{1,6}(\.[0-9]{1,6})?$'),
    major       integer     not null,
    minor       integer     not null,
    patch       integer     not null,
    commit_id   text        not null check (commit_id ~ '^[0-9a-f]{40}$'),
    changelog   text        not null,
    released_by bigint      not null,
    released_at timestamptz not null,
    primary key (course_id, version),
    constraint course_releases_order unique (course_id, major, minor, patch)
);

alter table academy.course_forks add column forked_release text;
