package org.statcommons.academy;

import org.springframework.web.util.UriComponentsBuilder;

/** The addresses of the capability frameworks, the self-assessments and the gap map. */
final class CapabilityAddress {

    private CapabilityAddress() {}

    static String framework(String code) {
        return UriComponentsBuilder.fromPath("/academy/frameworks/{code}")
                .buildAndExpand(code)
                .encode()
                .toUriString();
    }

    /** The catalogue narrowed to the courses tagged with an item (or an item below it). */
    static String catalogue(String itemCode) {
        return UriComponentsBuilder.fromPath("/academy")
                .queryParam("item", itemCode)
                .encode()
                .build()
                .toUriString();
    }

    static String assessments() {
        return "/academy/assessments";
    }

    static String assessment(long organisationId, String framework, int year) {
        return UriComponentsBuilder.fromPath("/academy/assessments/{organisation}/{framework}/{year}")
                .buildAndExpand(organisationId, framework, year)
                .encode()
                .toUriString();
    }

    static String gaps(String framework, String by) {
        return UriComponentsBuilder.fromPath("/academy/gaps")
                .queryParam("framework", framework)
                .queryParam("by", by)
                .encode()
                .build()
                .toUriString();
    }
}
