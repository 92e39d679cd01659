create schema if not exists workstreams;

-- A workstream of a community: proposed by a member with its terms of reference (a page of the space under
-- workstreams/<slug>/), approved or declined by a body through a decision, then active until closed.
create table workstreams.workstreams (
    id                  bigint generated always as identity primary key,
    community_id        bigint      not null,
    slug                text        not null,
    title               text        not null,
    objectives          text        not null default '',
    duration_months     int         not null check (duration_months between 1 and 120),
    report_every_months int         not null check (report_every_months between 1 and 24),
    status              text        not null check (status in ('PROPOSED', 'APPROVED', 'DECLINED', 'ACTIVE', 'CLOSED')),
    terms_path          text        not null,
    body_id             bigint,
    decision_id         bigint,
    topic_group_id      bigint,
    approved_on         date,
    proposed_by         bigint      not null,
    proposed_at         timestamptz not null,
    decided_at          timestamptz,
    closed_at           timestamptz
);
create unique index workstreams_slug on workstreams.workstreams (community_id, slug);
create index workstreams_decision on workstreams.workstreams (decision_id);

-- Who works in a workstream: its leads, its members and resource persons from outside (the community's guests).
create table workstreams.people (
    workstream_id bigint      not null references workstreams.workstreams (id) on delete cascade,
    account_id    bigint      not null,
    part          text        not null check (part in ('LEAD', 'MEMBER', 'RESOURCE')),
    added_at      timestamptz not null,
    primary key (workstream_id, account_id)
);

-- A progress report, recorded against the due date it answers: a page of the workstream's folder, or a short text.
create table workstreams.reports (
    workstream_id bigint      not null references workstreams.workstreams (id) on delete cascade,
    due_on        date        not null,
    page_path     text,
    summary       text        not null default '',
    submitted_by  bigint      not null,
    submitted_at  timestamptz not null,
    primary key (workstream_id, due_on)
);

-- A reminder sent to the leads for one due date, so that each due date is reminded once.
create table workstreams.reminders (
    workstream_id bigint      not null references workstreams.workstreams (id) on delete cascade,
    due_on        date        not null,
    reminded_at   timestamptz not null,
    primary key (workstream_id, due_on)
);
