-- A closed account (its owner or an administrator closed it, docs/identity.md "Closing an account"): it signs in no
-- more, its profile says "Former member" and its address is freed; the row stays, so that what the person wrote keeps
-- an author whose name is now "Former member".
alter table identity.accounts drop constraint accounts_status_check;
alter table identity.accounts add constraint accounts_status_check check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED'));
alter table identity.accounts add column closed_at timestamptz;

-- The platform's record of what was done with a person's account and data on their request or an administrator's:
-- personal data downloaded by an administrator, an account closed (by whom, whether removal was asked, the reason an
-- administrator gave). Never deleted with the account.
create table identity.account_audit (
    id                    bigint generated always as identity primary key,
    account_id            bigint      not null references identity.accounts (id),
    at                    timestamptz not null,
    by_id                 bigint      references identity.accounts (id),
    action                text        not null check (action in ('PERSONAL_DATA_DOWNLOADED', 'ACCOUNT_CLOSED')),
    contributions_removed boolean     not null default false,
    reason                text        not null default ''
);
create index account_audit_by_account on identity.account_audit (account_id, at desc);
