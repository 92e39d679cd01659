-- Course runs (docs/academy.md, "Course runs"): a cohort studying a course together between two days, with its
-- instructors (members of the course's community), its participants (learners who joined the run, at most its cap)
-- and its sessions, which are meetings of the meetings feature named by id only: this schema reads no other
-- feature's tables, and a session's time and place are asked of meetings' public API.
create table academy.course_runs (
    id         bigserial primary key,
    course_id  bigint      not null references academy.courses (id) on delete cascade,
    title      text        not null check (length(title) between 1 and 200),
    starts_on  date        not null,
    ends_on    date        not null,
    cap        int         check (cap between 1 and 10000),
    created_by bigint      not null,
    created_at timestamptz not null,
    constraint course_runs_days check (ends_on >= starts_on)
);

create index course_runs_by_course on academy.course_runs (course_id);

create table academy.run_instructors (
    run_id     bigint not null references academy.course_runs (id) on delete cascade,
    account_id bigint not null,
    primary key (run_id, account_id)
);

create table academy.run_participants (
    run_id     bigint      not null references academy.course_runs (id) on delete cascade,
    account_id bigint      not null,
    joined_at  timestamptz not null,
    primary key (run_id, account_id)
);

create table academy.run_sessions (
    run_id     bigint not null references academy.course_runs (id) on delete cascade,
    meeting_id bigint not null,
    primary key (run_id, meeting_id)
);
