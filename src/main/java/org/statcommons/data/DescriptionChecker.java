package org.statcommons.data;

import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.organisations.MemberOrganisations;
import org.statcommons.organisations.Organisation;
import org.statcommons.organisations.Organisations;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * A typed description checked whole: the fields ({@link MetadataChecker}), then what only other features know: the
 * publishing organisation is one of the community's member organisations, the methodology page exists in its space.
 */
@Component
class DescriptionChecker {

    /** A description ready to store, with its publisher. */
    record Described(Long organisationId, String publisherName, DatasetMetadata metadata) {}

    private final MetadataChecker fields = new MetadataChecker();
    private final MemberOrganisations memberOrganisations;
    private final Organisations organisations;
    private final Pages pages;

    DescriptionChecker(MemberOrganisations memberOrganisations, Organisations organisations, Pages pages) {
        this.memberOrganisations = memberOrganisations;
        this.organisations = organisations;
        this.pages = pages;
    }

    Described check(Community community, DatasetForm form) {
        DatasetMetadata metadata = fields.check(form);
        Long organisationId = null;
        String publisher = community.name();
        String typed = form.organisation() == null ? "" : form.organisation().strip();
        if (!typed.isEmpty()) {
            Organisation organisation = null;
            try {
                long id = Long.parseLong(typed);
                if (memberOrganisations.contains(community.id(), id)) {
                    organisation = organisations.byId(id).orElse(null);
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            if (organisation == null) {
                throw new InvalidInputException("organisation", Text.of("data.input.organisation"));
            }
            organisationId = organisation.id();
            publisher = organisation.label();
        }
        if (metadata.methodologyPage() != null) {
            String page = metadata.methodologyPage();
            try {
                pages.read(community.id(), page.endsWith(".md") ? page : page + ".md");
            } catch (NotFoundException | InvalidInputException missing) {
                throw new InvalidInputException("methodologyPage", Text.of("data.input.methodology-page", page));
            }
        }
        return new Described(organisationId, publisher, metadata);
    }
}
