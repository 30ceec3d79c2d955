package org.haven.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started Haven where to open it. */
@Component
class Address {

    @EventListener
    void on(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            System.out.println(
                    "Haven is ready at http://localhost:" + web.getWebServer().getPort() + "/");
        }
    }
}
