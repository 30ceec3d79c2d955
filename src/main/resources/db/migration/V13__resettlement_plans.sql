-- A resettled defector's plan: his livelihood (employment, a pension, his writing), his point of contact, and its
-- milestones with their dates. His cover identity and location are protected details, shown only through a reveal.
create table resettlement_plan (
    case_id varchar(64) primary key references defection_case (id),
    livelihood varchar(16),
    livelihood_note varchar(4000),
    point_of_contact varchar(200),
    milestones text not null,
    updated_by varchar(200) not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
