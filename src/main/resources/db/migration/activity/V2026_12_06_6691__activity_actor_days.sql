-- The dashboard counts the people the stream names as actors over a period, in all and by kind of act
-- (ActivityLines#actors): over five years of a busy community that was a million index entries grouped by person at
-- every view. Kept instead: one row per community, UTC day and person who acted that day, with the kinds of act (pages,
-- comments, discussions, as the dashboard tells them apart), so a period reads at most one row per day and person.
-- Kept by PostgreSQL as lines are inserted (a trigger per statement, over the statement's new lines), so every line
-- is in it exactly when it is stored, however it was written; lines are never changed or deleted.
create table activity.actor_days (
    community_id  bigint  not null,
    day           date    not null,
    actor_id      bigint  not null,
    pages         boolean not null,
    comments      boolean not null,
    discussions   boolean not null,
    primary key (community_id, day, actor_id)
);

create function activity.count_actor_days() returns trigger language plpgsql as $$
begin
    insert into activity.actor_days as d (community_id, day, actor_id, pages, comments, discussions)
    select community_id, (at at time zone 'UTC')::date, actor_id,
           bool_or(kind in ('PAGE_CHANGED', 'PAGE_PUBLISHED', 'PROPOSAL_TO_REVIEW')),
           bool_or(kind = 'PAGE_COMMENT' or (kind = 'REPLY' and starts_with(item, 'comment:'))),
           bool_or(kind in ('DISCUSSION_STARTED', 'ANSWER_MARKED') or (kind = 'REPLY' and starts_with(item, 'post:')))
    from new_lines
    where actor_id is not null
      and kind in ('PAGE_CHANGED', 'PAGE_PUBLISHED', 'PROPOSAL_TO_REVIEW', 'PAGE_COMMENT', 'REPLY',
                   'DISCUSSION_STARTED', 'ANSWER_MARKED')
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (community_id, day, actor_id) do update
        set pages = d.pages or excluded.pages,
            comments = d.comments or excluded.comments,
            discussions = d.discussions or excluded.discussions;
    return null;
end
$$;

create trigger lines_actor_days after insert on activity.lines
    referencing new table as new_lines for each statement execute function activity.count_actor_days();

insert into activity.actor_days (community_id, day, actor_id, pages, comments, discussions)
select community_id, (at at time zone 'UTC')::date, actor_id,
       bool_or(kind in ('PAGE_CHANGED', 'PAGE_PUBLISHED', 'PROPOSAL_TO_REVIEW')),
       bool_or(kind = 'PAGE_COMMENT' or (kind = 'REPLY' and starts_with(item, 'comment:'))),
       bool_or(kind in ('DISCUSSION_STARTED', 'ANSWER_MARKED') or (kind = 'REPLY' and starts_with(item, 'post:')))
from activity.lines
where actor_id is not null
  and kind in ('PAGE_CHANGED', 'PAGE_PUBLISHED', 'PROPOSAL_TO_REVIEW', 'PAGE_COMMENT', 'REPLY',
               'DISCUSSION_STARTED', 'ANSWER_MARKED')
group by 1, 2, 3;
