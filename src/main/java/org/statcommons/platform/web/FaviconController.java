package org.statcommons.platform.web;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /favicon.ico}, which browsers, feed readers and bookmarking tools ask for whatever the page's
 * {@code <link rel="icon">} says: the same SVG icon as {@code /assets/favicon.svg}, instead of a 404 in every log.
 */
@Controller
class FaviconController {

    private static final Resource ICON = new ClassPathResource("static/favicon.svg");

    @GetMapping("/favicon.ico")
    ResponseEntity<Resource> favicon() {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .body(ICON);
    }
}
