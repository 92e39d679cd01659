package org.statcommons.academy;

/**
 * A course to create, as typed in the form or sent to the API: its title, language (a BCP 47 tag), licence (an SPDX
 * identifier; CC BY 4.0 when blank) and whether anyone may read it ({@code open}: "true" or "on"; members only
 * otherwise).
 */
record NewCourse(String title, String language, String licence, String open) {

    static NewCourse blank() {
        return new NewCourse("", "en", Licences.DEFAULT, "true");
    }

    /** Ticked: "true" or "on". The form's check box sends nothing when left empty (members only). */
    public boolean isOpen() {
        return "true".equals(open) || "on".equals(open);
    }
}
