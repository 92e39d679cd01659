create schema if not exists newsletters;

-- A newsletter is written as a draft (Markdown) and sent once: DRAFT -> SENT, never back. A sent one is
-- public, in the community's archive.
create table newsletters.newsletters (
    id            bigint generated always as identity primary key,
    community_id  bigint      not null,
    subject       text        not null,
    body          text        not null,
    status        text        not null default 'DRAFT' check (status in ('DRAFT', 'SENT')),
    written_by    bigint      not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    updated_by    bigint      not null,
    sent_at       timestamptz,
    sent_by       bigint,
    sent_by_name  text,
    recipients    int,
    check ((status = 'SENT') = (sent_at is not null))
);
create index newsletters_archive on newsletters.newsletters (community_id, sent_at desc) where status = 'SENT';
create index newsletters_drafts on newsletters.newsletters (community_id, updated_at desc) where status = 'DRAFT';

-- Members receive the newsletter unless they opted out here (on the newsletter page or by the link in one).
create table newsletters.opt_outs (
    community_id  bigint      not null,
    account_id    bigint      not null,
    opted_out_at  timestamptz not null default now(),
    primary key (community_id, account_id)
);

-- Anyone may subscribe with an address (double opt-in): PENDING until the link in the confirmation e-mail
-- is used, CONFIRMED receives, UNSUBSCRIBED by the link in a newsletter, BOUNCING once the relay refused the
-- address for good. One row per address and community: subscribing again reuses it.
create table newsletters.subscribers (
    id                       bigint generated always as identity primary key,
    community_id             bigint      not null,
    email                    text        not null check (email = lower(email)),
    status                   text        not null default 'PENDING'
                                 check (status in ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED', 'BOUNCING')),
    confirm_hash             bytea,
    confirmation_sent_at     timestamptz,
    confirmation_outbox_id   bigint,
    created_at               timestamptz not null default now(),
    confirmed_at             timestamptz,
    left_at                  timestamptz,
    bounced_at               timestamptz,
    bounce_reason            text,
    unique (community_id, email)
);
create unique index subscribers_confirm on newsletters.subscribers (confirm_hash) where confirm_hash is not null;
create index subscribers_confirmation_mail on newsletters.subscribers (confirmation_outbox_id)
    where confirmation_outbox_id is not null;

-- Each message of a sent newsletter: to whom (a member's account or a subscriber), its outbox message (to
-- learn of a refusal), and the hash of the secret in its one-click unsubscribe link.
create table newsletters.deliveries (
    outbox_id         bigint primary key,
    newsletter_id     bigint      not null references newsletters.newsletters,
    email             text        not null,
    account_id        bigint,
    subscriber_id     bigint references newsletters.subscribers,
    unsubscribe_hash  bytea       not null unique,
    failed_at         timestamptz,
    failure           text,
    check ((account_id is null) <> (subscriber_id is null))
);
create index deliveries_newsletter on newsletters.deliveries (newsletter_id);
