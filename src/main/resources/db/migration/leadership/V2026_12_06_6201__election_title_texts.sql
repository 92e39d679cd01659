-- The title of an election a term's reminder proposes is worded by StatCommons: also kept as a bundle key with its
-- arguments (JSON, as activity titles keep theirs), so that each reader reads it in their own language; title keeps
-- the English. The secretariat's announcement types the title: the key is cleared.
alter table leadership.elections
    add column title_key       text,
    add column title_arguments text;
