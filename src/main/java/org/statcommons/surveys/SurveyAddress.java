package org.statcommons.surveys;

/** The addresses of this feature's screens, under their owner's (a community's or the platform's). */
final class SurveyAddress {

    private SurveyAddress() {}

    static String of(SurveyOwner owner, long surveyId) {
        return owner.address() + "/" + surveyId;
    }

    static String wave(SurveyOwner owner, long surveyId, long waveId) {
        return of(owner, surveyId) + "/waves/" + waveId;
    }
}
