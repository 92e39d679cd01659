-- Learning (docs/academy.md, "Learning"): who is enrolled in which course, the episodes each learner marked done (with
-- the course's commit they studied then), and completions with their certificates. People are accounts of identity,
-- named by id only: this schema reads no other feature's tables.
create table academy.enrolments (
    course_id   bigint      not null references academy.courses (id) on delete cascade,
    account_id  bigint      not null,
    enrolled_at timestamptz not null,
    primary key (course_id, account_id)
);

create index enrolments_by_account on academy.enrolments (account_id);

-- Kept when the learner leaves (enrolling again brings it back); counted against the episodes the course has now.
create table academy.episodes_done (
    course_id  bigint      not null references academy.courses (id) on delete cascade,
    account_id bigint      not null,
    episode    text        not null check (episode ~ '^[0-9]{2}-[a-z0-9][a-z0-9-]{0,79}$'),
    commit_id  text        not null check (commit_id ~ '^[0-9a-f]{40}$'),
    done_at    timestamptz not null,
    primary key (course_id, account_id, episode)
);

-- One completion per learner and course: who, which course, the version (commit) studied when the last episode was
-- marked done, when. The certificate names what was true then (the learner's name, the course's title, its
-- community), so a later rename does not change what was certified. Its code is the unguessable part of its public
-- verification address; the learner may hide it (the address then answers "not found") and show it on their profile.
create table academy.completions (
    id             bigserial primary key,
    course_id      bigint      not null references academy.courses (id) on delete cascade,
    account_id     bigint      not null,
    commit_id      text        not null check (commit_id ~ '^[0-9a-f]{40}$'),
    completed_at   timestamptz not null,
    code           text        not null unique check (code ~ '^[A-Za-z0-9_-]{43}$'),
    learner_name   text        not null,
    course_title   text        not null,
    community_name text        not null,
    hidden         boolean     not null default false,
    on_profile     boolean     not null default false,
    constraint completions_once unique (course_id, account_id)
);

create index completions_by_account on academy.completions (account_id);
