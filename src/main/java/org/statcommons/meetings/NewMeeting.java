package org.statcommons.meetings;

import java.util.List;

/** A meeting as the organiser's form or the API proposes it: its details, candidate times and invitees. */
record NewMeeting(String title, String kind, String agenda, String duration, String onlineLink, String place,
                  List<String> candidates, String invite, String topicGroupId, List<Long> people) {
}
