create schema if not exists drives;

-- A membership drive of a community: a recruitment campaign over a period of days (inclusive, UTC), with an
-- application form open to anyone while it runs, and optionally an information session (a meeting of the meetings
-- feature, named by its id: registrations for it are kept here, its calendar text is asked of meetings).
create table drives.drives (
    id                  bigint generated always as identity primary key,
    community_id        bigint      not null,
    title               text        not null,
    description         text        not null default '',
    starts_on           date        not null,
    ends_on             date        not null,
    session_meeting_id  bigint,
    created_by          bigint      not null,
    created_at          timestamptz not null,
    check (ends_on >= starts_on)
);
create index drives_of_community on drives.drives (community_id, starts_on desc);

-- An application, sent through the public form (no account needed). PENDING until a manager decides; an approved
-- one names the community invitation it caused.
create table drives.applications (
    id                 bigint generated always as identity primary key,
    drive_id           bigint      not null references drives.drives (id),
    name               text        not null,
    email              text        not null,
    organisation       text        not null,
    organisation_kind  text        not null,
    country            text        not null,
    motivation         text        not null,
    language           text        not null,
    ip                 text        not null,
    status             text        not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'DECLINED')),
    invitation_id      bigint,
    created_at         timestamptz not null,
    decided_at         timestamptz,
    decided_by         bigint,
    check ((status = 'PENDING') = (decided_at is null)),
    unique (drive_id, email)
);
create index applications_of_drive on drives.applications (drive_id, created_at);
create index applications_by_ip on drives.applications (ip, created_at);

-- A person invited to apply, from an uploaded CSV file. The personal link in their e-mail carries a secret whose
-- SHA-256 (hex) is kept here; its uses are the drive's only measure of who read the invitation (no tracking pixels).
create table drives.invitations (
    id             bigint generated always as identity primary key,
    drive_id       bigint      not null references drives.drives (id),
    email          text        not null,
    name           text        not null,
    organisation   text        not null,
    link_hash      text        not null unique,
    invited_by     bigint      not null,
    invited_at     timestamptz not null,
    first_used_at  timestamptz,
    uses           int         not null default 0,
    unique (drive_id, email)
);

-- A registration for a drive's information session, by anyone (no account needed). The cancel link's secret is kept
-- as its SHA-256 (hex); a cancelled registration stays, with when.
create table drives.registrations (
    id            bigint generated always as identity primary key,
    drive_id      bigint      not null references drives.drives (id),
    meeting_id    bigint      not null,
    name          text        not null,
    email         text        not null,
    language      text        not null,
    ip            text        not null,
    cancel_hash   text        not null unique,
    registered_at timestamptz not null,
    cancelled_at  timestamptz
);
create unique index registrations_once on drives.registrations (drive_id, meeting_id, email) where cancelled_at is null;
create index registrations_by_ip on drives.registrations (ip, registered_at);
