package org.statcommons.surveys;

/** Addresses of the respondent's screens, reached by link without signing in. */
final class SurveyLinkAddress {

    /** Where a respondent whose answers nothing leads to any more is thanked. */
    static final String ANSWERED = "/surveys/answered";

    private SurveyLinkAddress() {}

    /** A personal link, or a public link's own response (its resume link). */
    static String answer(String secret) {
        return "/surveys/answer/" + secret;
    }

    static String section(String secret, int number) {
        return answer(secret) + "/sections/" + number;
    }

    static String submit(String secret) {
        return answer(secret) + "/submit";
    }

    /** A wave's public link: each visitor who starts gets a fresh response. */
    static String publicLink(String secret) {
        return "/surveys/public/" + secret;
    }

    static String distribution(SurveyOwner owner, long surveyId, long waveId) {
        return SurveyAddress.wave(owner, surveyId, waveId) + "/distribution";
    }
}
