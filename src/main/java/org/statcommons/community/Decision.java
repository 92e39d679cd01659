package org.statcommons.community;

import java.util.Locale;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** The secretariat's answer to a request to join or a nomination, as the form's buttons and the API name it. */
enum Decision {
    APPROVE("APPROVED"),
    DECLINE("DECLINED");

    /** The longest message the secretariat may send with a decision. */
    static final int NOTE_MAX = 2000;

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

    /** The message sent with a decision: optional, at most {@link #NOTE_MAX} characters, refused for the field {@code note}. */
    static String note(String typed) {
        TextInput input = new TextInput();
        String text = input.block("note", Text.of("community.requests.note.label"), typed, NOTE_MAX, false);
        input.throwIfInvalid();
        return text;
    }

    boolean approved() {
        return this == APPROVE;
    }

    /** The status the decided request or nomination keeps. */
    String status() {
        return status;
    }
}
