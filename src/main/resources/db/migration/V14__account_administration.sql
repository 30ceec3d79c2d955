-- Accounts administered in the browser: an account may be disabled; a one-time password counts from when it was
-- given; and what gives an account more power (a new account, a new one-time password, a role, a higher clearance)
-- waits for a second administrator in account_change, one change per account at a time.
alter table account add column disabled boolean default false not null;
alter table account add column one_time_since timestamp with time zone;

create table account_change (
    username varchar(200) primary key references account (username),
    kind varchar(20) not null,
    roles varchar(500) not null,
    clearance varchar(500) not null,
    proposed_by varchar(200) not null,
    proposed_at timestamp with time zone not null,
    constraint account_change_kind check (kind in ('ENROL', 'GRANT'))
);
