-- Need-to-know: every user's clearance, and the label of every case (and, later, of other labelled records).
-- A label is an access expression, LEVEL&COMPARTMENT&...; an empty or missing label is refused, never "everyone".

alter table account add column clearance varchar(500);
update account set clearance = 'UNCLASSIFIED';
alter table account alter column clearance set not null;
alter table account add constraint account_clearance check (clearance <> '');

create table record_label (
    subject_type varchar(64) not null,
    subject_id varchar(200) not null,
    label varchar(500) not null,
    version bigint not null,
    primary key (subject_type, subject_id),
    constraint record_label_not_empty check (label <> '')
);

-- Cases that exist already: the study's records are unclassified; a live case is secret, for reception.
insert into record_label (subject_type, subject_id, label, version)
select 'case', id, case when status = 'HISTORICAL' then 'UNCLASSIFIED' else 'SECRET&RECEPTION' end, 0
from defection_case;
