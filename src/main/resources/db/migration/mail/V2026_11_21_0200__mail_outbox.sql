create schema if not exists mail;

-- Every message is stored here first, in the transaction of the change that caused it, then sent with
-- retries. With no SMTP relay configured, messages stay here for administrators to read.
create table mail.outbox (
    id               bigint generated always as identity primary key,
    recipient        text        not null,
    subject          text        not null,
    text_body        text        not null,
    html_body        text,
    headers          jsonb       not null default '{}',
    status           text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'HELD', 'FAILED')),
    attempts         int         not null default 0,
    last_error       text,
    created_at       timestamptz not null default now(),
    next_attempt_at  timestamptz not null default now(),
    sent_at          timestamptz
);
create index outbox_due on mail.outbox (next_attempt_at) where status = 'PENDING';
