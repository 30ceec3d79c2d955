package org.haven.web;

import java.net.URI;
import org.haven.cases.CaseNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failed request with an RFC 9457 problem body.
 *
 * <p>Spring MVC's own faults (no such path, wrong method, unreadable body, a parameter of the wrong type) are
 * handled by the base class; a domain rule broken by the request is a 400 saying which; anything unforeseen is a
 * 500 with no detail, logged here.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler
    ProblemDetail caseNotFound(CaseNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such case");
        problem.setType(URI.create("urn:haven:problem:case-not-found"));
        problem.setProperty("caseId", e.id().value());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setType(URI.create("urn:haven:problem:bad-request"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unforeseen(RuntimeException e) {
        log.error("Unforeseen failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Haven could not complete the request; the fault is logged.");
        problem.setTitle("Internal error");
        return problem;
    }
}
