-- A lead sent out from a statement, with an owner and a due date, is also a task of its case: on the owner's list,
-- overdue when it is, completed by the lead's outcome. The task is the cases module's; this names which it is.
create table lead_task (
    case_id varchar(64) not null references defection_case (id),
    lead_id varchar(200) not null,
    task_id varchar(64) not null,
    primary key (case_id, lead_id)
);
