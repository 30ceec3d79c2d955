-- Tracks that run side by side: each live case holds the state of every track that has begun. The headline
-- status stays in defection_case.status, now derived from the tracks; closing is a flag of the whole case.

create table case_track (
    case_id varchar(64) not null references defection_case (id),
    track varchar(32) not null,
    state varchar(32) not null,
    primary key (case_id, track)
);

alter table defection_case add column closed boolean default false not null;

-- The records of past studies are the archive's: each says which dataset it came from (until now, only one).
alter table defection_case add column dataset varchar(64);
update defection_case set dataset = 'cases-1948' where id not in (select case_id from approach);

-- Each move records the state of its own track before and after, beside the headline status.
alter table case_transition add column from_state varchar(32);
alter table case_transition add column to_state varchar(32);

-- Where each move of the single status line leads on the tracks (closing and reopening concern the whole case).
create table transition_track (
    transition varchar(32) primary key,
    track varchar(32) not null,
    state varchar(32) not null
);

insert into transition_track (transition, track, state) values
    ('ACCEPT', 'RECEPTION', 'ACCEPTED'),
    ('DECLINE', 'RECEPTION', 'DECLINED'),
    ('MARK_LOST', 'RECEPTION', 'LOST'),
    ('TAKE_INTO_PROTECTIVE_CUSTODY', 'CUSTODY', 'IN_PROTECTIVE_CUSTODY'),
    ('EVACUATE', 'CUSTODY', 'EVACUATED'),
    ('BEGIN_VETTING', 'VETTING', 'UNDER_VETTING'),
    ('CONCLUDE_VETTING', 'VETTING', 'VETTING_CONCLUDED'),
    ('BEGIN_EXPLOITATION', 'EXPLOITATION', 'IN_EXPLOITATION'),
    ('RESETTLE', 'RESETTLEMENT', 'RESETTLED');

update case_transition set to_state =
    (select tt.state from transition_track tt where tt.transition = case_transition.transition);

update case_transition set from_state = 'APPROACHED' where transition in ('ACCEPT', 'DECLINE', 'MARK_LOST');

update case_transition set from_state =
    (select tt2.state from case_transition t2 join transition_track tt2 on tt2.transition = t2.transition
      where t2.case_id = case_transition.case_id
        and tt2.track = (select tt.track from transition_track tt where tt.transition = case_transition.transition)
        and t2.ordinal = (select max(t3.ordinal) from case_transition t3
                            join transition_track tt3 on tt3.transition = t3.transition
                           where t3.case_id = case_transition.case_id and tt3.track = tt2.track
                             and t3.ordinal < case_transition.ordinal))
  where transition not in ('ACCEPT', 'DECLINE', 'MARK_LOST', 'CLOSE', 'REOPEN');

-- Every live case has its reception track; every other track stands where its last move left it.
insert into case_track (case_id, track, state)
    select id, 'RECEPTION', 'APPROACHED' from defection_case where status <> 'HISTORICAL';

update case_track set state =
    (select t.to_state from case_transition t join transition_track tt on tt.transition = t.transition
      where t.case_id = case_track.case_id and tt.track = 'RECEPTION')
  where track = 'RECEPTION'
    and exists (select 1 from case_transition t join transition_track tt on tt.transition = t.transition
                 where t.case_id = case_track.case_id and tt.track = 'RECEPTION');

insert into case_track (case_id, track, state)
    select t.case_id, tt.track, tt.state from case_transition t join transition_track tt on tt.transition = t.transition
     where tt.track <> 'RECEPTION'
       and t.ordinal = (select max(t2.ordinal) from case_transition t2
                          join transition_track tt2 on tt2.transition = t2.transition
                         where t2.case_id = t.case_id and tt2.track = tt.track);

update defection_case set closed = true where status = 'CLOSED';

drop table transition_track;

-- The shape in which the audit record hashes each kind of record. Stores written before this migration hashed
-- cases (live ones, and the records of past studies) in the first shape; Haven carries their hashes over to the
-- current shapes at its next start.
create table audit_state_shape (
    subject_type varchar(64) primary key,
    shape integer not null
);

insert into audit_state_shape (subject_type, shape) values ('case', 1);
insert into audit_state_shape (subject_type, shape) values ('past-case', 1);

-- Case ids are random now: the numbers that once made them count nothing any more.
drop sequence case_number;
