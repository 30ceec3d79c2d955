-- Pre-publication review of what a defector writes: the manuscript's text, what Haven proposes endangers him or
-- others (each passage with why), the reviewer's ruling of each (cleared, redacted with a reason code, changed), the
-- decision sent back to him with its reasons, and an appeal that reopens it.
create table manuscript (
    id varchar(64) primary key,
    case_id varchar(64) not null references defection_case (id),
    title varchar(500) not null,
    content_type varchar(64) not null,
    content text not null,
    submitted_by varchar(200) not null,
    submitted_at timestamp with time zone not null,
    due_at timestamp with time zone not null,
    status varchar(16) not null,
    proposals text not null,
    decision varchar(8000),
    decided_by varchar(200),
    decided_at timestamp with time zone,
    appeal varchar(8000),
    version bigint not null,
    constraint manuscript_status check (status in ('UNDER_REVIEW', 'DECIDED', 'APPEALED'))
);
create index manuscript_by_case on manuscript (case_id);
