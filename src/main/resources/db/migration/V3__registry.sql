-- The registry: people and every form of their names. The name index is built from these tables.

create table person (
    id varchar(64) primary key,
    given_name varchar(200),
    surname varchar(200) not null,
    kind varchar(16) not null,
    case_id varchar(64) references defection_case (id),
    note varchar(2000),
    version bigint not null,
    constraint person_kind check (kind in ('DEFECTOR', 'PERSON'))
);

create table person_name (
    person_id varchar(64) not null references person (id),
    ordinal integer not null,
    name varchar(400) not null,
    document_id varchar(64),
    section_no varchar(16),
    passage varchar(4000),
    primary key (person_id, ordinal)
);

-- Grows with every change to the registry; the name index records the generation it was built from.
create table registry_state (
    id integer primary key,
    generation bigint not null,
    constraint registry_state_single check (id = 1)
);

insert into registry_state (id, generation) values (1, 0);
