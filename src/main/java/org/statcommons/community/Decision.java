package org.statcommons.community;

import java.util.Locale;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** The secretariat's answer to a request to join or a nomination, as the form's buttons and the API name it. */
enum Decision {
    APPROVE("APPROVED"),
    DECLINE("DECLINED");

    private final String status;

    Decision(String status) {
        this.status = status;
    }

    /** {@code approve} or {@code decline}, in any case; anything else is refused for the field {@code decision}. */
    static Decision parse(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "approve" -> APPROVE;
            case "decline" -> DECLINE;
            default -> throw new InvalidInputException("decision", Text.of("community.requests.choose"));
        };
    }

    boolean approved() {
        return this == APPROVE;
    }

    /** The status the decided request or nomination keeps. */
    String status() {
        return status;
    }
}
