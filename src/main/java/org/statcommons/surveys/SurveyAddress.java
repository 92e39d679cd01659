package org.statcommons.surveys;

/** The addresses of this feature's screens and API. */
final class SurveyAddress {

    private SurveyAddress() {}

    static String list(String slug) {
        return "/c/" + slug + "/surveys";
    }

    static String of(String slug, long surveyId) {
        return list(slug) + "/" + surveyId;
    }

    static String wave(String slug, long surveyId, long waveId) {
        return of(slug, surveyId) + "/waves/" + waveId;
    }

    static String question(String slug, long surveyId, long waveId, long questionId) {
        return wave(slug, surveyId, waveId) + "/questions/" + questionId;
    }

    static String preview(String slug, long surveyId, long waveId, int section) {
        return wave(slug, surveyId, waveId) + "/preview?section=" + section;
    }

    static String api(String slug) {
        return "/api/v1/communities/" + slug + "/surveys";
    }
}
