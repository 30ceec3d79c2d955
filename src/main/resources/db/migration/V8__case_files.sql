-- A case's exploitation record as a case file (format haven-case-file/1): its debriefs, the other sources' reports,
-- incentives, leads and outcomes, kept whole as the file was imported; claims and flags are computed from it.
create table case_file (
    case_id varchar(64) primary key references defection_case (id),
    title varchar(500) not null,
    content text not null,
    imported_by varchar(200) not null,
    imported_at timestamp with time zone not null,
    version bigint not null
);

-- The contradiction watch: every claim of the defector's that other material contradicts is dispositioned with a
-- reason (accepted, rejected, undecided); a rejection of a source measured above him waits for a second officer.
create table contradiction_disposition (
    case_id varchar(64) not null references defection_case (id),
    claim varchar(1000) not null,
    decision varchar(16) not null,
    reason varchar(4000) not null,
    decided_by varchar(200) not null,
    decided_at timestamp with time zone not null,
    needs_second boolean not null,
    approved_by varchar(200),
    approved_at timestamp with time zone,
    version bigint not null,
    primary key (case_id, claim),
    constraint contradiction_decision check (decision in ('ACCEPTED', 'REJECTED', 'UNDECIDED'))
);
