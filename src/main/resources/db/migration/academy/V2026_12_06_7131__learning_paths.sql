-- Learning paths (docs/academy.md, "Learning paths"): a community's ordered list of courses for a role ("data scientist
-- in an NSO"), made by its maintainers from courses of any community they may read. A learner's progress along a
-- path is read from their completions; the path keeps only its courses in order.
create table academy.learning_paths (
    id           bigserial primary key,
    community_id bigint      not null,
    title        text        not null check (length(title) between 1 and 200),
    audience     text        not null default '' check (length(audience) <= 300),
    created_by   bigint      not null,
    created_at   timestamptz not null
);

create index learning_paths_by_community on academy.learning_paths (community_id);

create table academy.learning_path_courses (
    path_id   bigint not null references academy.learning_paths (id) on delete cascade,
    position  int    not null check (position between 1 and 50),
    course_id bigint not null references academy.courses (id) on delete cascade,
    primary key (path_id, position),
    constraint learning_path_courses_once unique (path_id, course_id)
);
