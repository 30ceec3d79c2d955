package org.haven.security;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * What a signed-in user has to do now, in the work of one module: his home page shows a section for each
 * contribution whose roles he holds, so that he finds his work without typing an address. A contribution reads
 * only what he may read.
 */
public interface WorkAtHand {

    /**
     * One thing to do.
     *
     * @param href the page where it is done
     * @param detail when, for whom, since when, in words
     * @param urgent overdue, or near its end, or waiting on him alone
     */
    record Item(String title, String href, @Nullable String detail, boolean urgent) {}

    /**
     * @param id the section's anchor on the home page
     * @param summary one sentence: how many, and what
     * @param href where the whole list is
     * @param items the first few, most pressing first
     */
    record Section(
            String id,
            String heading,
            String summary,
            @Nullable String href,
            List<Item> items) {}

    /** The roles whose work this is. */
    Set<Role> roles();

    /** The order on the home page: lower first. */
    int order();

    Section of(Authentication user);

    /** At most this many items in a section; its link leads to the rest. */
    int SHOWN = 8;
}
