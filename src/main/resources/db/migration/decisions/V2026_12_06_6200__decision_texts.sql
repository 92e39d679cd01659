-- A decision another feature opens (a workstream's or a workplan's approval, an output's endorsement) is worded by
-- StatCommons, not typed: its title and text are also kept as a bundle key with its arguments (JSON, as activity
-- titles keep theirs), so that each reader reads them in their own language. title and body keep the English, shown
-- where a key is no longer known. An edit of the decision's words makes them typed text: the key is cleared.
alter table decisions.decisions
    add column title_key       text,
    add column title_arguments text,
    add column body_key        text,
    add column body_arguments  text;
