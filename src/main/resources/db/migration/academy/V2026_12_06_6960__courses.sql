-- The academy's courses (docs/academy.md). A course's material (manifest, episodes, pages, images) is in its Git
-- repository, kept by content's engine under the course's own key (content.CourseSpace); this table says which
-- courses exist, in which community, under which address, and who may read them.
create schema if not exists academy;

create table academy.courses (
    id           bigserial primary key,
    community_id bigint      not null,
    name         text        not null,
    public       boolean     not null default true,
    created_by   bigint      not null,
    created_at   timestamptz not null,
    constraint courses_name unique (community_id, name),
    constraint courses_name_shape check (name ~ '^[a-z0-9][a-z0-9-]{0,79}$')
);

create index courses_public on academy.courses (public) where public;
