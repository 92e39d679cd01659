-- Proposals (suggested changes): a branch refs/heads/proposals/<name> in the space plus this record. The
-- branch holds the proposed content; the record holds what Git does not: title, description, who proposed
-- it, where the review stands. author_name/author_email are kept as they were, as in commits.
create table content.proposals (
    id                 bigserial   primary key,
    community_id       bigint      not null,
    branch             text        not null check (branch ~ '^proposals/[A-Za-z0-9][A-Za-z0-9._/-]*$'),
    title              text        not null,
    description        text        not null default '',
    author_account_id  bigint      not null,
    author_name        text        not null,
    status             text        not null default 'OPEN'
                                   check (status in ('OPEN', 'CHANGES_REQUESTED', 'APPROVED', 'MERGED', 'CLOSED')),
    merged_commit      text        check (merged_commit ~ '^[0-9a-f]{40}$'),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    unique (community_id, branch)
);
create index proposals_by_community on content.proposals (community_id, status, updated_at desc);

-- What happened to a proposal, oldest first: comments, reviews, updates, merge, closing.
create table content.proposal_events (
    id            bigserial   primary key,
    proposal_id   bigint      not null references content.proposals (id) on delete cascade,
    account_id    bigint      not null,
    person_name   text        not null,
    kind          text        not null
                  check (kind in ('OPENED', 'COMMENTED', 'UPDATED', 'APPROVED', 'CHANGES_REQUESTED', 'MERGED', 'CLOSED', 'REOPENED')),
    body          text        not null default '',
    created_at    timestamptz not null default now()
);
create index proposal_events_by_proposal on content.proposal_events (proposal_id, id);
