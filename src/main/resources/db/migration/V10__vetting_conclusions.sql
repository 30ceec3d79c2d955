-- The vetting conclusion: explicit, by a vetting officer, approved by a second; it freezes the matrix and the
-- checklists (their hash), the hypotheses as they ranked, the judgement and its confidence in estimative words, and
-- the reopen triggers (the linchpins as they stood). Reopened when the ground under a trigger moves.
create table vetting_conclusion (
    id varchar(64) primary key,
    case_id varchar(64) not null references defection_case (id),
    file_version bigint not null,
    matrix_sha256 varchar(64) not null,
    hypotheses text not null,
    leading_hypothesis varchar(200),
    judgement varchar(8000) not null,
    confidence varchar(32) not null,
    watch_for varchar(4000),
    triggers text not null,
    status varchar(16) not null,
    proposed_by varchar(200) not null,
    proposed_at timestamp with time zone not null,
    approved_by varchar(200),
    approved_at timestamp with time zone,
    reopened_at timestamp with time zone,
    reopened_because varchar(4000),
    task_id varchar(64),
    version bigint not null,
    constraint vetting_conclusion_status check (status in ('PROPOSED', 'STANDING', 'REOPENED', 'SUPERSEDED'))
);
create index vetting_conclusion_by_case on vetting_conclusion (case_id);
