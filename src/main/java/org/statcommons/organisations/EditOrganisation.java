package org.statcommons.organisations;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.identity.ProfileChoices;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** Creates and edits organisation records: the platform's secretariat and administrators. */
@Service
class EditOrganisation {

    static final int NAME_MAX = 200;
    static final int ACRONYM_MAX = 30;
    static final int WEBSITE_MAX = 300;

    private final Permissions permissions;
    private final Organisations organisations;
    private final ProfileChoices choices;
    private final TypedNameMatcher matcher;
    private final Clock clock;

    EditOrganisation(
            Permissions permissions,
            Organisations organisations,
            ProfileChoices choices,
            TypedNameMatcher matcher,
            Clock clock) {
        this.permissions = permissions;
        this.organisations = organisations;
        this.choices = choices;
        this.matcher = matcher;
        this.clock = clock;
    }

    /** Every problem with the fields is named at once; returns the new organisation's id. */
    @Transactional
    long create(Actor actor, NewOrganisation typed) {
        permissions.require(actor, Action.MANAGE_ORGANISATIONS);
        Organisations.OrganisationRecord checked = check(typed, Optional.empty());
        long id = organisations.insert(checked, actor.accountId(), clock.instant());
        // names typed before this record existed may name it now
        matcher.match();
        return id;
    }

    @Transactional
    void edit(Actor actor, long id, NewOrganisation typed) {
        permissions.require(actor, Action.MANAGE_ORGANISATIONS);
        organisations.existing(id);
        organisations.update(id, check(typed, Optional.of(id)), clock.instant());
        matcher.match();
    }

    private Organisations.OrganisationRecord check(NewOrganisation typed, Optional<Long> editing) {
        TextInput input = new TextInput();
        String name = input.line("name", Text.of("organisations.field.name"), typed.name(), NAME_MAX, true);
        String acronym =
                input.line("acronym", Text.of("organisations.field.acronym"), typed.acronym(), ACRONYM_MAX, false);
        OrganisationKind kind = null;
        try {
            kind = OrganisationKind.valueOf(typed.kind().strip());
        } catch (IllegalArgumentException e) {
            input.error("kind", Text.of("organisations.kind.unknown"));
        }
        String country = country(input, typed.country());
        String website = website(input, typed.website());
        if (!name.isEmpty() && NameMatcher.normalise(name).isEmpty()) {
            input.error("name", Text.of("organisations.name.no-letters"));
        }
        input.throwIfInvalid();
        organisations
                .byNormalisedName(NameMatcher.normalise(name))
                .filter(other -> editing.isEmpty() || other.id() != editing.get())
                .ifPresent(other -> {
                    throw new InvalidInputException("name", Text.of("organisations.name.taken", other.label()));
                });
        return new Organisations.OrganisationRecord(name, acronym, kind, country, website);
    }

    /** An ISO code of the profile's list, or null for an international organisation. */
    private String country(TextInput input, String typed) {
        String code = typed.strip();
        if (code.isEmpty() || code.equalsIgnoreCase(NewOrganisation.INTERNATIONAL)) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (choices.countries().stream().noneMatch(c -> c.value().equals(upper))) {
            input.error("country", Text.of("organisations.country.unknown", code));
            return null;
        }
        return upper;
    }

    /** Empty, or an http(s) address with a host: it is shown as a link. */
    private static String website(TextInput input, String typed) {
        String website = input.line("website", Text.of("organisations.field.website"), typed, WEBSITE_MAX, false);
        if (website.isEmpty()) {
            return website;
        }
        try {
            URI uri = new URI(website);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return website;
            }
        } catch (URISyntaxException e) {
            // answered below, as for any other address that is not a web address
        }
        input.error("website", Text.of("organisations.website.invalid"));
        return website;
    }
}
