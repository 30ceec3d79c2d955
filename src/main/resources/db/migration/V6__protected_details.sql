-- What a resettled defector's life depends on: his cover identity, where he lives, where his family is. Only
-- ciphertext is stored, each value under a data key of its own, wrapped by the key of its compartment.
create table protected_detail (
    case_id varchar(64) not null references defection_case (id),
    field varchar(32) not null,
    key_compartment varchar(64) not null,
    ciphertext varchar(8000) not null,
    written_by varchar(200) not null,
    written_at timestamp with time zone not null,
    version bigint not null,
    primary key (case_id, field),
    constraint protected_detail_field check (field in ('COVER_IDENTITY', 'CURRENT_LOCATION', 'FAMILY_WHEREABOUTS'))
);

-- One keyset per compartment, itself encrypted under the master key (which is never in the store).
create table compartment_key (
    compartment varchar(64) primary key,
    keyset varchar(20000) not null,
    version bigint not null
);
