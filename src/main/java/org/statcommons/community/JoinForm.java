package org.statcommons.community;

/** Joining or asking to join, as the join screen's forms give it: the motivation (asking only) and the consent. */
record JoinForm(String motivation, Boolean acceptConduct, Integer conductVersion) {

    ConductConsent consent() {
        return new ConductConsent(acceptConduct, conductVersion);
    }
}
