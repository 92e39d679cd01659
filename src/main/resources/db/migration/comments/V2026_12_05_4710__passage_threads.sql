-- A thread may be on one passage of its page (a top-level block: paragraph, heading, list, table, quote, code) rather
-- than on the whole page. The passage is kept by its text, so that the thread finds it again in later versions:
-- the text as read when the thread was started (at most 2,000 characters), the hash of its normalised full text,
-- and its number on the page then (which of several equal passages it was). All null: a thread on the page.
alter table comments.threads
    add column passage_text  text,
    add column passage_hash  text,
    add column passage_index integer;
