package org.haven.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.haven.audit.AuditEntry;
import org.haven.cases.CaseManagement;
import org.haven.cases.CaseNotFound;
import org.haven.cases.ConcurrentCaseChange;
import org.haven.cases.ConcurrentTaskChange;
import org.haven.cases.TaskNotFound;
import org.haven.cases.Transition;
import org.haven.cases.TransitionRefused;
import org.haven.security.ReadNotRecorded;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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

    private final CaseManagement cases;

    ProblemAdvice(CaseManagement cases) {
        this.cases = cases;
    }

    @ExceptionHandler
    ProblemDetail caseNotFound(CaseNotFound e) {
        ProblemDetail problem =
                problem(HttpStatus.NOT_FOUND, "No such case", "urn:haven:problem:case-not-found", e.getMessage());
        problem.setProperty("caseId", e.id().value());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail transitionRefused(TransitionRefused e) {
        ProblemDetail problem =
                problem(HttpStatus.CONFLICT, "Move refused", "urn:haven:problem:move-refused", e.getMessage());
        problem.setProperty("caseId", e.caseId().value());
        problem.setProperty("caseStatus", e.status().name());
        problem.setProperty(
                "allowed", e.allowed().stream().map(Transition::verb).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail concurrentCaseChange(ConcurrentCaseChange e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT, "The case has changed", "urn:haven:problem:concurrent-change", e.getMessage());
        problem.setProperty("caseId", e.caseId().value());
        problem.setProperty("yourVersion", e.yourVersion());
        problem.setProperty("currentVersion", e.currentVersion());
        // Every change to a case is one version and one audit entry with the case's state after it (reads and
        // label decisions carry none), so the changes after the one that made the caller's version are exactly what
        // changed since.
        List<AuditEntry> trail = cases.auditTrail(e.caseId()).stream()
                .filter(entry -> entry.subjectState() != null)
                .toList();
        problem.setProperty(
                "changes",
                trail.stream()
                        .skip(Math.max(0, e.yourVersion() + 1))
                        .map(entry -> Map.of(
                                "action", entry.action(),
                                "actor", entry.actor(),
                                "at", entry.at().toString(),
                                "details", entry.details()))
                        .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail concurrentTaskChange(ConcurrentTaskChange e) {
        ProblemDetail problem = problem(
                HttpStatus.CONFLICT, "The task has changed", "urn:haven:problem:concurrent-change", e.getMessage());
        problem.setProperty("taskId", e.taskId());
        return problem;
    }

    /** A browser at an unknown address gets Haven's page for it; every other client gets the problem body. */
    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null
                && accept.contains("text/html")
                && request instanceof ServletWebRequest servlet
                && servlet.getResponse() != null) {
            try {
                servlet.getResponse().sendError(HttpStatus.NOT_FOUND.value());
                return null;
            } catch (java.io.IOException ignored) {
                // Fall back to the problem body.
            }
        }
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    /** Names the field a request body got wrong, rather than only saying it could not be read. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "Bad request", "urn:haven:problem:bad-request", unreadable(e));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A problem body with Haven's type, title and detail. */
    private static ProblemDetail problem(HttpStatus status, String title, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(type));
        return problem;
    }

    private static String unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (cause instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            String field = bind.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String reason = bind.getOriginalMessage();
            int cut = reason.indexOf('\n');
            return "field '" + field + "': " + (cut < 0 ? reason : reason.substring(0, cut));
        }
        if (cause instanceof JacksonException json) {
            String reason = json.getOriginalMessage();
            int cut = reason.indexOf('\n');
            return "the body is not valid JSON: " + (cut < 0 ? reason : reason.substring(0, cut));
        }
        return "the request body is missing or cannot be read";
    }

    @ExceptionHandler
    ProblemDetail taskNotFound(TaskNotFound e) {
        ProblemDetail problem =
                problem(HttpStatus.NOT_FOUND, "No such task", "urn:haven:problem:task-not-found", e.getMessage());
        return problem;
    }

    /** A value the store refuses (too long, a character it cannot hold) is the request's fault, and changes nothing. */
    @ExceptionHandler
    ProblemDetail refusedByTheStore(DataIntegrityViolationException e) {
        log.info(
                "A request was refused by the store: {}",
                e.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "A value is longer than Haven stores, or holds a character it cannot store; nothing was changed.");
        problem.setTitle("Bad request");
        problem.setType(URI.create("urn:haven:problem:bad-request"));
        return problem;
    }

    /** A wrong user name or password: the same answer whichever was wrong, and whether the account exists. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> signInRefused(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer")
                .body(problem(
                        HttpStatus.UNAUTHORIZED, "Unauthorized", "urn:haven:problem:unauthorized", e.getMessage()));
    }

    /** Fail closed: a read that could not be audited returns nothing. */
    @ExceptionHandler
    ProblemDetail readNotRecorded(ReadNotRecorded e) {
        log.error("A read could not be audited and was refused", e);
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Read not recorded",
                "urn:haven:problem:read-not-recorded",
                e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(
                HttpStatus.FORBIDDEN, "Forbidden", "urn:haven:problem:forbidden", "Your roles do not allow this.");
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "Bad request", "urn:haven:problem:bad-request", e.getMessage());
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
