-- Meetings (feature `meetings`). Community, topic group and account ids refer to other features' data by id
-- only. Times are instants (timestamptz); the organiser's zone is kept beside them because a series repeats
-- at the same local time in that zone, whatever daylight saving does.
create schema if not exists meetings;

create table meetings.meetings (
    id              bigserial   primary key,
    community_id    bigint      not null,
    topic_group_id  bigint,
    title           text        not null,
    kind            text        not null check (kind in ('FORMAL', 'REGULAR', 'INFORMATION')),
    agenda          text        not null default '',
    duration_minutes int        not null check (duration_minutes between 5 and 1440),
    online_link     text,
    place           text,
    organiser_id    bigint      not null,
    time_zone       text        not null,
    zone_assumed    boolean     not null default false,
    status          text        not null default 'POLLING' check (status in ('POLLING', 'SCHEDULED', 'CANCELLED')),
    starts_at       timestamptz,
    recurrence      text,
    sequence        int         not null default 0,
    agenda_page     text,
    minutes_page    text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    cancelled_at    timestamptz
);
create index meetings_by_community on meetings.meetings (community_id, starts_at);

-- The times the organiser proposes while the meeting is a poll.
create table meetings.candidates (
    id          bigserial   primary key,
    meeting_id  bigint      not null references meetings.meetings (id) on delete cascade,
    starts_at   timestamptz not null,
    unique (meeting_id, starts_at)
);

-- Who is invited; each invitee's answer link is a secret of which only the hash is kept.
create table meetings.invitees (
    meeting_id  bigint      not null references meetings.meetings (id) on delete cascade,
    account_id  bigint      not null,
    token_hash  bytea       not null unique,
    invited_at  timestamptz not null default now(),
    primary key (meeting_id, account_id)
);

-- yes / if need be / no per candidate; answering again replaces the answer.
create table meetings.answers (
    candidate_id bigint      not null references meetings.candidates (id) on delete cascade,
    account_id   bigint      not null,
    answer       text        not null check (answer in ('YES', 'IF_NEED_BE', 'NO')),
    answered_at  timestamptz not null default now(),
    primary key (candidate_id, account_id)
);

-- Exceptions to a series: an occurrence skipped (new_start null, EXDATE) or moved (RECURRENCE-ID).
create table meetings.exceptions (
    meeting_id     bigint      not null references meetings.meetings (id) on delete cascade,
    original_start timestamptz not null,
    new_start      timestamptz,
    created_by     bigint      not null,
    created_at     timestamptz not null default now(),
    primary key (meeting_id, original_start)
);

-- Who took part in which occurrence, recorded by the organiser, for the community's evaluation.
create table meetings.attendance (
    meeting_id      bigint      not null references meetings.meetings (id) on delete cascade,
    occurrence_start timestamptz not null,
    account_id      bigint      not null,
    recorded_by     bigint      not null,
    recorded_at     timestamptz not null default now(),
    primary key (meeting_id, occurrence_start, account_id)
);

-- The running tally of the fairness rule: one row per invitee of a scheduled meeting held at a bad local
-- time for them, weighing as many meetings as the series has occurrences. Removed when the meeting is
-- cancelled or moved to a time that suits them.
create table meetings.burdens (
    meeting_id   bigint      not null references meetings.meetings (id) on delete cascade,
    account_id   bigint      not null,
    community_id bigint      not null,
    asleep       boolean     not null,
    occurrences  int         not null,
    held_at      timestamptz not null,
    primary key (meeting_id, account_id)
);
create index burdens_by_community on meetings.burdens (community_id, account_id);

-- What changed in a meeting and who changed it (each change is one SEQUENCE of its iCalendar event).
create table meetings.changes (
    id          bigserial   primary key,
    meeting_id  bigint      not null references meetings.meetings (id) on delete cascade,
    sequence    int         not null,
    changed_by  bigint      not null,
    changed_at  timestamptz not null default now(),
    what        text        not null
);

-- One private calendar feed address per person; only the hash of its secret is kept.
create table meetings.feeds (
    account_id  bigint      primary key,
    token_hash  bytea       not null unique,
    created_at  timestamptz not null default now()
);
