package org.statcommons.community;

import java.time.Instant;
import java.time.LocalDate;
import org.statcommons.access.CommunityRole;
import org.statcommons.platform.Text;

/** An e-mail invitation to a community; its secret is only in the e-mail, the table keeps a hash. */
public record Invitation(
        long id,
        long communityId,
        String email,
        String name,
        String organisation,
        CommunityRole role,
        LocalDate guestUntil,
        String message,
        long invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt,
        Instant revokedAt) {

    public String state(Instant now) {
        if (acceptedAt != null) {
            return "accepted";
        }
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt.isBefore(now) ? "expired" : "pending";
    }

    public boolean pending(Instant now) {
        return "pending".equals(state(now));
    }

    /** Why its link cannot be used at {@code now}, or null when it can. */
    Text refusal(Instant now) {
        return switch (state(now)) {
            case "accepted" -> Text.of("community.invitation.refused.accepted");
            case "revoked" -> Text.of("community.invitation.refused.revoked");
            case "expired" -> Text.of("community.invitation.refused.expired");
            default -> null;
        };
    }
}
