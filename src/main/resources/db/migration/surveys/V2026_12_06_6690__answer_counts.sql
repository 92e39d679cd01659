-- A wave's results count its submitted answers by question, item and option: 10,000 responses of 50 questions are
-- half a million rows, a second of PostgreSQL's time at every first view after a submission. These counts are kept
-- as answers are submitted and changed (in the same transaction, surveys.AnswerCounts), by the respondents' country
-- and kind of organisation (the results' filters; '' for none), so a view sums a few thousand rows instead.
--   answer_counts: submitted answers per option (item), with the sum of their numbers (ranks: mean ranks);
--   answered_counts: submitted responses that answered a question (item), one or several rows alike.
-- A count that falls to zero is deleted, as a fresh count would have no such row. Numbers' medians are not kept
-- (a median cannot be summed): they are counted afresh over the number questions' rows alone.
create table surveys.answer_counts (
    wave_id           bigint  not null references surveys.waves (id) on delete cascade,
    country           text    not null,
    organisation_kind text    not null,
    question_code     text    not null,
    item_code         text    not null,
    option_code       text    not null,
    answers           bigint  not null,
    total             numeric,
    primary key (wave_id, question_code, item_code, option_code, country, organisation_kind)
);

create table surveys.answered_counts (
    wave_id           bigint  not null references surveys.waves (id) on delete cascade,
    country           text    not null,
    organisation_kind text    not null,
    question_code     text    not null,
    item_code         text    not null,
    responses         bigint  not null,
    primary key (wave_id, question_code, item_code, country, organisation_kind)
);

insert into surveys.answer_counts
select a.wave_id, coalesce(r.country, ''), coalesce(r.organisation_kind, ''), a.question_code, a.item_code,
       a.option_code, count(*), sum(a.number)
from surveys.answers a join surveys.responses r on r.id = a.response_id
where r.submitted_at is not null
group by 1, 2, 3, 4, 5, 6;

insert into surveys.answered_counts
select a.wave_id, coalesce(r.country, ''), coalesce(r.organisation_kind, ''), a.question_code, a.item_code,
       count(distinct a.response_id)
from surveys.answers a join surveys.responses r on r.id = a.response_id
where r.submitted_at is not null
group by 1, 2, 3, 4, 5;
