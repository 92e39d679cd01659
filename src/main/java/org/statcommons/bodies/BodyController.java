package org.statcommons.bodies;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.ListedSection;
import org.statcommons.community.MemberPicker;
import org.statcommons.community.Permitted;
import org.statcommons.identity.Account;
import org.statcommons.organisations.MemberOrganisations;
import org.statcommons.organisations.Organisations;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's bodies: the list, and a page per body with its seats (organisation, representative, alternate), as
 * public as the landing page (who sits on a community's Steering Committee is public, like who runs it). The
 * community's secretariat sets up bodies and fills their seats here.
 */
@Controller
@CommunityTab("members")
class BodyController {

    private final Bodies bodies;
    private final BodyPresenter presenter;
    private final CreateBody createBody;
    private final FillSeat fillSeat;
    private final Organisations organisations;
    private final MemberOrganisations memberOrganisations;
    private final MemberPicker picker;
    private final Permissions permissions;
    private final ObjectProvider<BodyContent> contents;

    BodyController(
            Bodies bodies,
            BodyPresenter presenter,
            CreateBody createBody,
            FillSeat fillSeat,
            Organisations organisations,
            MemberOrganisations memberOrganisations,
            MemberPicker picker,
            Permissions permissions,
            ObjectProvider<BodyContent> contents) {
        this.bodies = bodies;
        this.presenter = presenter;
        this.createBody = createBody;
        this.fillSeat = fillSeat;
        this.organisations = organisations;
        this.memberOrganisations = memberOrganisations;
        this.picker = picker;
        this.permissions = permissions;
        this.contents = contents;
    }

    @GetMapping("/c/{slug}/bodies")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("form") NewBody form,
            Model model) {
        model.addAttribute("bodies", bodies.of(community));
        return "bodies/list";
    }

    @PostMapping("/c/{slug}/bodies")
    @ShowFormOnError("list")
    String create(
            @Permitted(Action.MANAGE_BODIES) Community community,
            @ModelAttribute("form") NewBody form,
            Actor actor,
            RedirectAttributes redirect) {
        long id = createBody.create(actor, community, form);
        redirect.addFlashAttribute("notice", Text.of("bodies.notice.created"));
        return "redirect:" + BodyAddress.of(community.slug(), id);
    }

    @GetMapping("/c/{slug}/bodies/{id}")
    String body(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String representative,
            @RequestParam(defaultValue = "") String alternate,
            Actor actor,
            Model model) {
        Body body = bodies.inCommunity(community, id);
        model.addAttribute("body", body);
        List<BodyPresenter.SeatView> seats = presenter.seats(body);
        model.addAttribute("seats", seats);
        boolean manages = permissions.may(actor, Action.MANAGE_BODIES, community.id());
        model.addAttribute(
                "organisations", manages ? organisations.byIds(memberOrganisations.of(community.id())) : List.of());
        // the names suggested are the body's people: whom a seat most often passes between
        List<Long> seated = seats.stream()
                .flatMap(s -> Stream.of(s.representative(), s.alternate()))
                .filter(Objects::nonNull)
                .map(Account::id)
                .toList();
        model.addAttribute("representative", representative);
        model.addAttribute("alternate", alternate);
        model.addAttribute(
                "representatives",
                manages
                        ? picker.suggestions(community.id(), MemberPicker.Among.MEMBERS, seated, representative)
                        : List.of());
        model.addAttribute(
                "alternates",
                manages
                        ? picker.suggestions(community.id(), MemberPicker.Among.MEMBERS, seated, alternate)
                        : List.of());
        // the body's decisions and meetings, from the features that hold them
        model.addAttribute(
                "sections",
                contents.stream()
                        .flatMap(content -> content.section(actor, community, body).stream())
                        .sorted(Comparator.comparingInt(ListedSection::order))
                        .toList());
        return "bodies/body";
    }

    /** Gives the organisation its seat, or changes who holds it; an empty choice leaves that place unfilled. */
    @PostMapping("/c/{slug}/bodies/{id}/seats")
    @ShowFormOnError("body")
    String fill(
            @Permitted(Action.MANAGE_BODIES) Community community,
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long organisationId,
            @RequestParam(defaultValue = "") String representative,
            @RequestParam(defaultValue = "") String alternate,
            Actor actor,
            RedirectAttributes redirect) {
        TextInput input = new TextInput();
        Long representativeId =
                picker.pick(input, community.id(), MemberPicker.Among.MEMBERS, "representative", representative, false);
        Long alternateId =
                picker.pick(input, community.id(), MemberPicker.Among.MEMBERS, "alternate", alternate, false);
        input.throwIfInvalid();
        fillSeat.fill(actor, community, id, organisationId, representativeId, alternateId);
        redirect.addFlashAttribute("notice", Text.of("bodies.notice.seat-filled"));
        return "redirect:" + BodyAddress.of(community.slug(), id);
    }

    @PostMapping("/c/{slug}/bodies/{id}/seats/{organisationId}/remove")
    String vacate(
            @Permitted(Action.MANAGE_BODIES) Community community,
            @PathVariable long id,
            @PathVariable long organisationId,
            Actor actor,
            RedirectAttributes redirect) {
        fillSeat.vacate(actor, community, id, organisationId);
        redirect.addFlashAttribute("notice", Text.of("bodies.notice.seat-removed"));
        return "redirect:" + BodyAddress.of(community.slug(), id);
    }
}
