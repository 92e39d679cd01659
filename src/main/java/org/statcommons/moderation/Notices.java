package org.statcommons.moderation;

/** What the queue says after a decision. */
final class Notices {

    private Notices() {
    }

    static String done(ModerationDecisions.Kind kind) {
        return switch (kind) {
            case DISMISS -> "Flags dismissed.";
            case HIDE -> "Hidden everywhere; the author was told why.";
            case RESTORE -> "Restored; the author was told.";
            case WARN -> "Warning recorded and sent to the member.";
            case SUSPEND -> "Member suspended; they were told until when and why.";
            case REMOVE -> "Member removed from the community; they were told why.";
        };
    }
}
