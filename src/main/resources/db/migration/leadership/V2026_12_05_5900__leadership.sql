-- Co-leads and elections (feature `leadership`, docs/governance.md#bodies-co-leads-and-elections). Community, body
-- and account ids refer to other features' data by id only.
create schema if not exists leadership;

-- Elections of co-leads by a body: DRAFT (proposed by a term's reminder, or being prepared), NOMINATING, VOTING,
-- COUNTED. The seed starts the random sequence of the count's lot, so counting again gives the same result.
create table leadership.elections (
    id                bigint generated always as identity primary key,
    community_id      bigint      not null,
    body_id           bigint      not null,
    title             text        not null,
    seats             int         not null check (seats between 1 and 10),
    state             text        not null check (state in ('DRAFT', 'NOMINATING', 'VOTING', 'COUNTED')),
    nominations_end   timestamptz not null,
    voting_end        timestamptz not null,
    term_starts_on    date        not null,
    count_seed        bigint      not null,
    created_by        bigint,
    created_at        timestamptz not null,
    voting_opened_at  timestamptz,
    counted_at        timestamptz,
    check (voting_end > nominations_end)
);
create index elections_by_community on leadership.elections (community_id, created_at desc);

-- Co-lead terms: held by a person from the first to the last day (inclusive), given by an election or recorded by
-- the secretariat (election_id null). A term is extended at most once, by one year: original_ends_on keeps its end.
create table leadership.terms (
    id               bigint generated always as identity primary key,
    community_id     bigint      not null,
    account_id       bigint      not null,
    body_id          bigint,
    election_id      bigint      references leadership.elections (id),
    starts_on        date        not null,
    ends_on          date        not null,
    original_ends_on date,
    extended_by      bigint,
    extended_at      timestamptz,
    reminded_90_at   timestamptz,
    reminded_30_at   timestamptz,
    proposed_election_id bigint  references leadership.elections (id),
    recorded_by      bigint,
    recorded_at      timestamptz not null,
    check (ends_on >= starts_on)
);
create index terms_by_community on leadership.terms (community_id, starts_on desc);
create index terms_by_account on leadership.terms (account_id, community_id);

-- Nominations: by oneself or by another member; only an accepted one makes a candidate.
create table leadership.nominations (
    id            bigint generated always as identity primary key,
    election_id   bigint      not null references leadership.elections (id) on delete cascade,
    nominee_id    bigint      not null,
    nominated_by  bigint      not null,
    status        text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at    timestamptz not null,
    answered_at   timestamptz,
    unique (election_id, nominee_id)
);

-- The electorate, a snapshot of the body's members taken when voting opens, and whether each has voted: who voted
-- is recorded here, how they voted is not. No time of voting is kept.
create table leadership.electors (
    election_id bigint  not null references leadership.elections (id) on delete cascade,
    account_id  bigint  not null,
    voted       boolean not null default false,
    primary key (election_id, account_id)
);

-- The secret ballots: a random key, the election and the ranking (candidates' account ids, most preferred first).
-- No voter, no time, no sequence: nothing joins a ballot to an elector. Every vote rewrites the election's ballots
-- in a random order in its own transaction, so neither their order on disk nor the transaction that wrote them
-- (xmin) tells which came when (Ballots).
create table leadership.ballots (
    id          uuid    primary key,
    election_id bigint  not null references leadership.elections (id) on delete cascade,
    ranking     bigint[] not null
);

-- The winners of a counted election, seat by seat; term_id is set when their term begins, on term_starts_on.
create table leadership.winners (
    election_id bigint not null references leadership.elections (id) on delete cascade,
    seat        int    not null,
    account_id  bigint not null,
    term_id     bigint references leadership.terms (id),
    primary key (election_id, seat)
);
