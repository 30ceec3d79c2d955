package org.haven.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint the running application answers, as "METHOD pattern", read from its handler mapping. */
final class Endpoints {

    private Endpoints() {}

    /**
     * A pattern made a path to request, but for its case ({@code {id}}) and its move ({@code {verb}}), which each test
     * chooses: every other variable by a value that names nothing in particular.
     */
    static String concrete(String pattern) {
        return pattern.replace("{taskId}", "task-none")
                .replace("{figureId}", "exploited")
                .replace("{field}", "cover-identity")
                .replace("{username}", "no-such-account")
                .replace("{ref}", "him")
                .replace("{conclusion}", "conclusion-none")
                .replace("{reveal}", "reveal-none")
                .replace("{manuscript}", "manuscript-none")
                .replace("{action}", "disabling");
    }

    static List<String> of(RequestMappingHandlerMapping mappings) {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    found.add(method + " " + pattern);
                }
            }
        }
        return new ArrayList<>(found);
    }
}
