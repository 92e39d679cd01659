-- Forks of courses (docs/academy.md, "Forks"): a fork is a course of its own (academy.courses) whose repository
-- started as a Git copy of its origin's, with every commit. This says where it came from, for its attribution and
-- the origin's fork network: the course, the commit forked from, the origin's title and licence as they were then
-- (the attribution a licence requires names what was adapted, whatever the fork's own course.yml says), and for a
-- translation the language it is translated into.
create table academy.course_forks (
    course_id      bigint      primary key references academy.courses (id) on delete cascade,
    origin_id      bigint      not null references academy.courses (id),
    forked_commit  text        not null check (forked_commit ~ '^[0-9a-f]{40}$'),
    origin_title   text        not null,
    origin_licence text        not null,
    language       text,
    created_at     timestamptz not null,
    constraint course_forks_not_itself check (course_id <> origin_id)
);

create index course_forks_by_origin on academy.course_forks (origin_id);
