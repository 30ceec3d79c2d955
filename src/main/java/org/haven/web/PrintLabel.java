package org.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.security.Label;
import org.haven.security.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A case's pages printed as a case record carry the case's label at the top and the foot of every sheet: the page
 * read it already, within the reader's clearance, or it would not be shown.
 */
@ControllerAdvice(annotations = Controller.class)
class PrintLabel {

    private static final Pattern CASE_PAGE = Pattern.compile("^/cases/([^/.]+)(?:/.*)?$");

    private final Labels labels;

    PrintLabel(Labels labels) {
        this.labels = labels;
    }

    @ModelAttribute("printLabel")
    @Nullable
    String printLabel(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = CASE_PAGE.matcher(path);
        if (!m.matches()) {
            return null;
        }
        return labels.of("case", m.group(1)).map(PrintLabel::words).orElse(null);
    }

    /** {@code SECRET&RECEPTION} → "SECRET · RECEPTION". */
    static String words(Label label) {
        return label.expression().replace("&", " · ");
    }
}
