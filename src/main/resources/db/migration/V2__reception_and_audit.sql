-- Reception and the case lifecycle, tasks, and the hash-chained audit record.

-- A case's place in its lifecycle. Cases of past studies are HISTORICAL: records, outside the lifecycle.
alter table defection_case add column status varchar(32) default 'HISTORICAL' not null;

create index defection_case_by_status on defection_case (status);

-- The approach that opened a case, and its decision clock.
create table approach (
    case_id varchar(64) primary key references defection_case (id),
    name_given varchar(200) not null,
    place varchar(200) not null,
    country varchar(200) not null,
    setting varchar(32) not null,
    recipient varchar(200) not null,
    offers varchar(4000),
    fears varchar(4000),
    others_who_know varchar(4000),
    received_by varchar(200) not null,
    approached_at timestamp with time zone not null,
    decision_due timestamp with time zone not null,
    escalation_level integer not null,
    custody_pending_decision boolean not null,
    decided_at timestamp with time zone,
    decision varchar(32),
    constraint approach_setting check (setting in ('FIELD', 'MISSION_ABROAD')),
    constraint approach_due check (decision_due > approached_at)
);

create index approach_open on approach (decided_at, decision_due);

-- Every transition of a case: who, when, why, and who approved it where two officers must.
create table case_transition (
    case_id varchar(64) not null references defection_case (id),
    ordinal integer not null,
    transition varchar(32) not null,
    from_status varchar(32) not null,
    to_status varchar(32) not null,
    officer varchar(200) not null,
    approved_by varchar(200),
    at timestamp with time zone not null,
    reason varchar(4000) not null,
    primary key (case_id, ordinal)
);

-- A transition proposed by one officer that waits for a second officer's approval.
create table pending_approval (
    case_id varchar(64) primary key references defection_case (id),
    transition varchar(32) not null,
    proposed_by varchar(200) not null,
    proposed_at timestamp with time zone not null,
    reason varchar(4000) not null
);

create table case_task (
    id varchar(64) primary key,
    case_id varchar(64) not null references defection_case (id),
    kind varchar(32) not null,
    title varchar(500) not null,
    owner varchar(200) not null,
    due timestamp with time zone not null,
    created_at timestamp with time zone not null,
    completed_at timestamp with time zone,
    completed_by varchar(200),
    version bigint not null
);

create index case_task_by_case on case_task (case_id);

create sequence case_number start with 1;

-- The audit record: append-only, each entry's hash over the previous hash and its own content.
create table audit_entry (
    seq bigint primary key,
    at timestamp with time zone not null,
    actor varchar(200) not null,
    action varchar(100) not null,
    subject_type varchar(64) not null,
    subject_id varchar(200) not null,
    details varchar(1000000) not null,
    subject_state varchar(64),
    previous_hash varchar(64) not null,
    hash varchar(64) not null
);

create index audit_entry_by_subject on audit_entry (subject_type, subject_id, seq);

-- The chain's head: the last sequence and hash. Every append locks and moves it.
create table audit_head (
    id integer primary key,
    seq bigint not null,
    hash varchar(64) not null,
    constraint audit_head_single check (id = 1)
);

insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
