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
