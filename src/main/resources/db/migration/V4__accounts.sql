-- Local accounts: who may sign in, with what roles. Passwords are stored only as hashes (with their algorithm).
create table account (
    username varchar(200) primary key,
    password_hash varchar(500) not null,
    roles varchar(500) not null,
    must_change_password boolean not null,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint account_roles check (roles <> '')
);
