package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.stream.Collectors;
import org.haven.refusal.Refusal;
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

    /** The request attribute that carries a problem's detail to the error page. */
    static final String DETAIL = "problemDetail";

    /** A browser asking for a page (not the API): it is answered with Haven's page for the problem, in its frame. */
    private static boolean browserPage(@Nullable HttpServletRequest request) {
        if (request == null) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return accept != null && accept.contains("text/html") && !path.startsWith("/api/");
    }

    /**
     * The problem as the client reads it: a browser's page request gets Haven's error page, which says the detail in
     * words, with the menu and a way on; every other client gets the problem body.
     */
    private static @Nullable ProblemDetail answer(
            ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
        if (browserPage(request) && !response.isCommitted()) {
            try {
                request.setAttribute(DETAIL, problem.getDetail());
                response.sendError(problem.getStatus(), problem.getDetail());
                return null;
            } catch (java.io.IOException ignored) {
                // Fall back to the problem body.
            }
        }
        return problem;
    }

    /** Spring MVC's own faults (a parameter missing or of the wrong type, a wrong method) reach a browser as a page. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet
                && servlet.getResponse() != null
                && browserPage(servlet.getRequest())
                && !servlet.getResponse().isCommitted()) {
            try {
                String detail = body instanceof ProblemDetail problem ? problem.getDetail() : e.getMessage();
                servlet.getRequest().setAttribute(DETAIL, detail);
                servlet.getResponse().sendError(status.value(), detail);
                return null;
            } catch (java.io.IOException ignored) {
                // Fall back to the problem body.
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /**
     * A module's refusal, answered as the module states it: its status, title and type, its message, and what else
     * the caller needs.
     */
    private static ProblemDetail refusal(Refusal refusal) {
        ProblemDetail problem = problem(
                HttpStatus.valueOf(refusal.httpStatus()), refusal.title(), refusal.type(), refusal.getMessage());
        refusal.properties().forEach(problem::setProperty);
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
        if (e instanceof Refusal refused) {
            log.error("A sign-in could not be taken: {}", refused.title(), e);
            return ResponseEntity.status(refused.httpStatus()).body(refusal(refused));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer")
                .body(problem(
                        HttpStatus.UNAUTHORIZED, "Unauthorized", "urn:haven:problem:unauthorized", e.getMessage()));
    }

    /** The store cannot be reached or written (a full disk, a lost connection): 503, nothing changed. */
    @ExceptionHandler({
        org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.transaction.CannotCreateTransactionException.class
    })
    @Nullable
    ProblemDetail storeUnavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        log.error("The store cannot take a request", e);
        return answer(
                problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Store unavailable",
                        "urn:haven:problem:store-unavailable",
                        "The store cannot take this request now (is its disk full, or its server down?); nothing was changed."
                                + " Try again later."),
                request,
                response);
    }

    @ExceptionHandler
    @Nullable
    ProblemDetail forbidden(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(
                problem(
                        HttpStatus.FORBIDDEN,
                        "Forbidden",
                        "urn:haven:problem:forbidden",
                        "Your roles do not allow this."),
                request,
                response);
    }

    @ExceptionHandler
    @Nullable
    ProblemDetail badRequest(IllegalArgumentException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(
                problem(HttpStatus.BAD_REQUEST, "Bad request", "urn:haven:problem:bad-request", e.getMessage()),
                request,
                response);
    }

    @ExceptionHandler
    @Nullable
    ProblemDetail unforeseen(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof Refusal refused) {
            if (refused.httpStatus() >= 500) {
                log.error("A request was refused: {}", refused.title(), e);
            }
            return answer(refusal(refused), request, response);
        }
        log.error("Unforeseen failure", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Haven could not complete the request; the fault is logged.");
        problem.setTitle("Internal error");
        return answer(problem, request, response);
    }
}
