create schema if not exists bodies;

-- A body of a community (the Steering Committee, others by name).
create table bodies.bodies (
    id           bigint generated always as identity primary key,
    community_id bigint      not null,
    name         text        not null,
    description  text        not null default '',
    created_by   bigint      not null,
    created_at   timestamptz not null
);
create unique index bodies_name on bodies.bodies (community_id, lower(name));

-- A seat of a body belongs to a member organisation of the community, held by a named representative and an
-- alternate (accounts that are members of the community; either may be empty while the seat is being filled).
create table bodies.seats (
    body_id           bigint      not null references bodies.bodies (id) on delete cascade,
    organisation_id   bigint      not null,
    representative_id bigint,
    alternate_id      bigint,
    updated_by        bigint      not null,
    updated_at        timestamptz not null,
    primary key (body_id, organisation_id),
    check (representative_id is null or alternate_id is null or representative_id <> alternate_id)
);
