package org.statcommons.community;

import org.statcommons.access.JoinPolicy;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * A community's fields as a person types them to create or edit it, kept as typed so that a refused form comes
 * back unchanged; the screens and the API bind it alike. {@link #newCommunity} and {@link #change} check every
 * field at once and give the typed command. A missing join policy means "by request", the form's default; a
 * missing {@code membersEditDirectly} (an unticked box sends nothing) means no.
 */
record CommunityForm(
        String name, String slug, String purpose, String description, String joinPolicy, Boolean membersEditDirectly) {

    static final int NAME_MAX = 120;
    static final int PURPOSE_MAX = 500;
    static final int DESCRIPTION_MAX = 20_000;

    /** The form for a new community. */
    static CommunityForm blank() {
        return new CommunityForm("", "", "", "", JoinPolicy.BY_REQUEST.name(), false);
    }

    /** The form to edit a community, filled with what it is now. */
    static CommunityForm of(Community community) {
        return new CommunityForm(
                community.name(),
                community.slug(),
                community.purpose(),
                community.description(),
                community.joinPolicy().name(),
                community.membersEditDirectly());
    }

    /** Whether anything was typed: a screen shows a form it has not been given filled by default. */
    boolean typed() {
        return name != null;
    }

    /** The new community, or every problem with the address and the fields at once. */
    NewCommunity newCommunity() {
        TextInput input = new TextInput();
        String checkedSlug = CommunitySlug.check(input, slug);
        CommunityChange details = details(input);
        input.throwIfInvalid();
        return new NewCommunity(
                checkedSlug, details.name(), details.purpose(), details.description(), details.joinPolicy());
    }

    /** The changed settings, or every problem with them at once. */
    CommunityChange change() {
        TextInput input = new TextInput();
        CommunityChange change = details(input);
        input.throwIfInvalid();
        return change;
    }

    private CommunityChange details(TextInput input) {
        String checkedName = input.line("name", Text.of("community.field.name"), name, NAME_MAX, true);
        String checkedPurpose = input.line("purpose", Text.of("community.field.purpose"), purpose, PURPOSE_MAX, true);
        String checkedDescription =
                input.block("description", Text.of("community.field.description"), description, DESCRIPTION_MAX, false);
        JoinPolicy policy = null;
        try {
            policy = joinPolicy == null ? JoinPolicy.BY_REQUEST : JoinPolicy.valueOf(joinPolicy.strip());
        } catch (IllegalArgumentException e) {
            input.error("joinPolicy", Text.of("community.join-policy.choose"));
        }
        return new CommunityChange(
                checkedName, checkedPurpose, checkedDescription, policy, Boolean.TRUE.equals(membersEditDirectly));
    }
}
