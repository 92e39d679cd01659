create schema if not exists community;

create table community.communities (
    id           bigint generated always as identity primary key,
    slug         text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) between 3 and 60),
    name         text        not null,
    purpose      text        not null,
    description  text        not null default '',
    join_policy  text        not null check (join_policy in ('OPEN', 'BY_REQUEST', 'BY_INVITATION')),
    created_by   bigint      not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

-- The code of conduct is versioned: every edit adds a version, acceptances record which one.
create table community.codes_of_conduct (
    community_id bigint      not null references community.communities (id) on delete cascade,
    version      int         not null,
    body         text        not null,
    written_by   bigint      not null,
    written_at   timestamptz not null default now(),
    primary key (community_id, version)
);

create table community.memberships (
    community_id         bigint      not null references community.communities (id) on delete cascade,
    account_id           bigint      not null,
    role                 text        not null check (role in ('SECRETARIAT', 'LEADER', 'MODERATOR', 'FACILITATOR', 'MEMBER', 'GUEST')),
    focal_point_country  char(2),
    guest_until          date,
    conduct_version      int         not null,
    conduct_accepted_at  timestamptz not null,
    joined_at            timestamptz not null default now(),
    primary key (community_id, account_id)
);
create unique index memberships_one_focal_point on community.memberships (community_id, focal_point_country)
    where focal_point_country is not null;
create index memberships_account on community.memberships (account_id);

-- Requests to join, nominations of a colleague, and e-mail invitations, each decided once.
create table community.membership_requests (
    id            bigint generated always as identity primary key,
    community_id  bigint      not null references community.communities (id) on delete cascade,
    account_id    bigint      not null,
    motivation    text        not null,
    conduct_version int       not null,
    status        text        not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'DECLINED', 'WITHDRAWN')),
    decided_by    bigint,
    decision_note text,
    created_at    timestamptz not null default now(),
    decided_at    timestamptz
);
create unique index membership_requests_one_pending on community.membership_requests (community_id, account_id)
    where status = 'PENDING';

create table community.nominations (
    id             bigint generated always as identity primary key,
    community_id   bigint      not null references community.communities (id) on delete cascade,
    nominated_by   bigint      not null,
    email          text        not null,
    name           text        not null,
    reason         text        not null,
    status         text        not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    decided_by     bigint,
    decision_note  text,
    created_at     timestamptz not null default now(),
    decided_at     timestamptz
);

create table community.invitations (
    id            bigint generated always as identity primary key,
    community_id  bigint      not null references community.communities (id) on delete cascade,
    email         text        not null,
    role          text        not null check (role in ('SECRETARIAT', 'LEADER', 'MODERATOR', 'FACILITATOR', 'MEMBER', 'GUEST')),
    guest_until   date,
    message       text        not null default '',
    token_hash    bytea       not null unique,
    invited_by    bigint      not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    accepted_at   timestamptz,
    accepted_by   bigint,
    revoked_at    timestamptz,
    nomination_id bigint references community.nominations (id)
);
create index invitations_community on community.invitations (community_id);

create table community.topic_groups (
    id            bigint generated always as identity primary key,
    community_id  bigint      not null references community.communities (id) on delete cascade,
    slug          text        not null,
    name          text        not null,
    description   text        not null default '',
    created_by    bigint      not null,
    created_at    timestamptz not null default now(),
    unique (community_id, slug)
);

create table community.topic_group_members (
    topic_group_id bigint      not null references community.topic_groups (id) on delete cascade,
    account_id     bigint      not null,
    added_at       timestamptz not null default now(),
    primary key (topic_group_id, account_id)
);

-- Membership and role changes: who did what to whom, when and why. Never updated, never deleted.
create table community.audit_log (
    id            bigint generated always as identity primary key,
    community_id  bigint      not null references community.communities (id) on delete cascade,
    actor_id      bigint,
    subject_id    bigint,
    action        text        not null,
    detail        text        not null default '',
    reason        text        not null default '',
    at            timestamptz not null default now()
);
create index audit_log_community on community.audit_log (community_id, at desc);
