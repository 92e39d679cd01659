-- Decisions (feature `decisions`, docs/governance.md#decisions). Community, topic group and account ids refer to
-- other features' data by id only. The people eligible are a snapshot taken when the decision is proposed, so a
-- member who joins later does not change who decides.
create schema if not exists decisions;

create table decisions.decisions (
    id              bigserial   primary key,
    community_id    bigint      not null,
    topic_group_id  bigint,
    title           text        not null,
    body            text        not null default '',
    kind            text        not null check (kind in ('CONSENT', 'VOTE', 'RANKED', 'SCORE', 'POLL')),
    visibility      text        not null check (visibility in ('PUBLIC', 'MEMBERS')),
    tally_shown     text        not null check (tally_shown in ('AFTER_VOTING', 'AFTER_CLOSING')),
    quorum_percent  int         not null default 0 check (quorum_percent between 0 and 100),
    majority        text        not null default 'SIMPLE' check (majority in ('SIMPLE', 'TWO_THIRDS')),
    max_score       int         not null default 0,
    max_choices     int         not null default 1,
    deadline        timestamptz not null,
    proposer_id     bigint,
    proposer_name   text        not null,
    subject_kind    text,
    subject_id      bigint,
    subject_title   text,
    subject_link    text,
    eligible_count  int         not null,
    created_at      timestamptz not null,
    reminded_at     timestamptz,
    closed_at       timestamptz,
    closed_by_name  text,
    outcome         text        check (outcome in ('ADOPTED', 'NOT_ADOPTED')),
    winner_option   int,
    count_seed      bigint      not null,
    statement       text        not null default ''
);
create index decisions_by_community on decisions.decisions (community_id, created_at desc);
create index decisions_open_by_deadline on decisions.decisions (deadline) where closed_at is null;

-- The options of a ranked choice, a score or a poll, in the proposer's order.
create table decisions.options (
    id          bigserial   primary key,
    decision_id bigint      not null references decisions.decisions (id) on delete cascade,
    position    int         not null,
    label       text        not null,
    unique (decision_id, position)
);

-- Who may vote, as it was when the decision was proposed.
create table decisions.eligible (
    decision_id bigint      not null references decisions.decisions (id) on delete cascade,
    account_id  bigint      not null,
    primary key (decision_id, account_id)
);

-- One vote per person and decision, replaced when changed before the deadline. `choice` is the position of a
-- consent or vote answer; `ballot` holds option positions in order of preference (ranked), one score per option
-- (score) or the chosen options' positions (poll).
create table decisions.votes (
    decision_id bigint      not null references decisions.decisions (id) on delete cascade,
    account_id  bigint      not null,
    voter_name  text        not null,
    choice      text,
    reason      text        not null default '',
    ballot      int[]       not null default '{}',
    cast_at     timestamptz not null,
    primary key (decision_id, account_id)
);
