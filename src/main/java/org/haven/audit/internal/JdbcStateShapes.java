package org.haven.audit.internal;

import org.haven.audit.StateShapes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcStateShapes implements StateShapes {

    private final JdbcClient jdbc;

    JdbcStateShapes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public int shapeOf(String subjectType) {
        return jdbc.sql("select shape from audit_state_shape where subject_type = ?")
                .params(subjectType)
                .query(Integer.class)
                .optional()
                .orElse(1);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveOn(String subjectType, int shape) {
        int rows = jdbc.sql("update audit_state_shape set shape = ? where subject_type = ?")
                .params(shape, subjectType)
                .update();
        if (rows == 0) {
            jdbc.sql("insert into audit_state_shape (subject_type, shape) values (?, ?)")
                    .params(subjectType, shape)
                    .update();
        }
    }
}
