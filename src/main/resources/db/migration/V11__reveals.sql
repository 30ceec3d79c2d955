-- A reveal of a resettled defector's cover identity or location: asked for by an officer for a stated purpose and a
-- time, granted by two custodians (resettlement officers other than him), ended by its time or a custodian's
-- revocation; or broken open in an emergency by a protection officer, with an after-action review.
create table reveal (
    id varchar(64) primary key,
    case_id varchar(64) not null references defection_case (id),
    field varchar(64) not null,
    requested_by varchar(200) not null,
    purpose varchar(2000) not null,
    requested_at timestamp with time zone not null,
    until_at timestamp with time zone not null,
    status varchar(16) not null,
    first_custodian varchar(200),
    second_custodian varchar(200),
    granted_at timestamp with time zone,
    ended_by varchar(200),
    ended_at timestamp with time zone,
    review varchar(8000),
    reviewed_at timestamp with time zone,
    version bigint not null,
    constraint reveal_status check (status in ('REQUESTED', 'GRANTED', 'REFUSED', 'REVOKED', 'EXPIRED', 'BREAK_GLASS'))
);
create index reveal_by_case on reveal (case_id);
