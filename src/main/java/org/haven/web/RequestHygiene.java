package org.haven.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import org.haven.refusal.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What is refused before anything reads the request, each with a problem body: a query string that is not UTF-8 (or
 * encodes a lone UTF-16 surrogate), a multipart body (Haven takes no uploads), the error page asked for by name; and,
 * through Spring Security's firewall, a path it will not route (encoded slashes, {@code ..}, {@code ;}).
 */
@Configuration(proxyBeanMethods = false)
class RequestHygiene {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestHygieneFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Encoded slashes and backslashes are passed by Tomcat to the firewall, which refuses them with a problem body,
     * rather than refused by Tomcat itself with its own page.
     */
    @Bean
    org.springframework.boot.web.server.WebServerFactoryCustomizer<
                    org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory>
            slashesToTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        });
    }

    /** The firewall's refusals, answered like every other refusal rather than with the container's own page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> Problems.write(
                response,
                400,
                "Bad request",
                "This address is not one Haven answers: it holds an encoded slash, a '..', a ';' or another"
                        + " character that is not allowed in a path.",
                "");
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String fault = fault(request);
            if (fault != null) {
                boolean media = fault.startsWith("415 ");
                Problems.write(
                        response,
                        media ? 415 : 400,
                        media ? "Unsupported media type" : "Bad request",
                        media ? fault.substring(4) : fault,
                        request.getRequestURI());
                return;
            }
            if (request.getDispatcherType() == DispatcherType.REQUEST
                    && request.getRequestURI().equals("/error")) {
                response.sendError(404);
                return;
            }
            chain.doFilter(request, response);
        }

        private static @Nullable String fault(HttpServletRequest request) {
            String query = request.getQueryString();
            if (query != null && !utf8(query)) {
                return "The query string is not valid UTF-8 (or encodes half of a UTF-16 surrogate pair): nothing"
                        + " was read.";
            }
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                return "415 Haven takes no multipart bodies: send JSON to the API (application/json, or text/plain"
                        + " for a document to ingest) and forms as application/x-www-form-urlencoded.";
            }
            return null;
        }

        /** Whether every percent-encoded byte sequence of the query decodes as strict UTF-8. */
        static boolean utf8(String query) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(query.length());
            for (int i = 0; i < query.length(); i++) {
                char c = query.charAt(i);
                if (c == '%' && i + 2 < query.length()) {
                    try {
                        bytes.write(HexFormat.fromHexDigits(query, i + 1, i + 3));
                        i += 2;
                        continue;
                    } catch (IllegalArgumentException notHex) {
                        return false;
                    }
                }
                if (c == '%') {
                    return false;
                }
                bytes.write(c < 0x80 ? c : '?');
            }
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray()));
                return true;
            } catch (CharacterCodingException e) {
                return false;
            }
        }
    }
}
