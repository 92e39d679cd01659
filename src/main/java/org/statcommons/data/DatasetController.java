package org.statcommons.data;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Standing;
import org.statcommons.comments.PageCommentsPresenter;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Membership;
import org.statcommons.community.Memberships;
import org.statcommons.community.Permitted;
import org.statcommons.identity.Accounts;
import org.statcommons.organisations.MemberOrganisations;
import org.statcommons.organisations.Organisations;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's datasets: the list (drafts too for members), a dataset's page with its checklist and releases, the
 * description form, preparing a release and releasing it now or at an announced time. A refused form comes back with
 * its messages and what was typed.
 */
@Controller
@CommunityTab("data")
class DatasetController {

    private final DatasetReader reader;
    private final DatasetPresenter presenter;
    private final DataTeamChecker team;
    private final CreateDataset createDataset;
    private final EditDataset editDataset;
    private final PrepareRelease prepareRelease;
    private final ReleaseDataset releaseDataset;
    private final UnscheduleRelease unscheduleRelease;
    private final NameDataTeamMember nameDataTeamMember;
    private final MemberOrganisations memberOrganisations;
    private final Organisations organisations;
    private final DataTeamMembers teamMembers;
    private final Memberships memberships;
    private final Accounts accounts;
    private final PageCommentsPresenter comments;

    DatasetController(
            DatasetReader reader,
            DatasetPresenter presenter,
            DataTeamChecker team,
            CreateDataset createDataset,
            EditDataset editDataset,
            PrepareRelease prepareRelease,
            ReleaseDataset releaseDataset,
            UnscheduleRelease unscheduleRelease,
            NameDataTeamMember nameDataTeamMember,
            MemberOrganisations memberOrganisations,
            Organisations organisations,
            DataTeamMembers teamMembers,
            Memberships memberships,
            Accounts accounts,
            PageCommentsPresenter comments) {
        this.reader = reader;
        this.presenter = presenter;
        this.team = team;
        this.createDataset = createDataset;
        this.editDataset = editDataset;
        this.prepareRelease = prepareRelease;
        this.releaseDataset = releaseDataset;
        this.unscheduleRelease = unscheduleRelease;
        this.nameDataTeamMember = nameDataTeamMember;
        this.memberOrganisations = memberOrganisations;
        this.organisations = organisations;
        this.teamMembers = teamMembers;
        this.memberships = memberships;
        this.accounts = accounts;
        this.comments = comments;
    }

    @GetMapping("/c/{slug}/data")
    String list(@Permitted(Action.VIEW_COMMUNITY_LANDING) Community community, Actor actor, Model model) {
        model.addAttribute("datasets", reader.ofCommunity(actor, community));
        model.addAttribute("mayEdit", team.may(actor, Action.EDIT_DATASETS, community.id()));
        model.addAttribute("mayManageTeam", team.may(actor, Action.MANAGE_DATA_TEAM, community.id()));
        return "data/list";
    }

    @GetMapping("/c/{slug}/data/new")
    String newForm(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("form") DatasetForm form,
            Actor actor,
            Model model) {
        team.require(actor, Action.EDIT_DATASETS, community.id());
        model.addAttribute("form", form.title() == null ? DatasetForm.empty() : form);
        return form(community, model, null);
    }

    @PostMapping("/c/{slug}/data")
    @ShowFormOnError("newForm")
    String create(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @ModelAttribute("form") DatasetForm form,
            Actor actor) {
        long id = createDataset.create(actor, community, form);
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "?created";
    }

    @GetMapping("/c/{slug}/data/{id}")
    String show(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> parameters,
            Actor actor,
            Model model) {
        model.addAttribute("view", presenter.present(actor, community, id, parameters));
        // its questions and comments, shown by the comments feature's fragment (nothing to who may not read them)
        model.addAttribute(
                "comments",
                comments.onSubject(
                        actor,
                        community,
                        DatasetCommentSubject.KIND,
                        String.valueOf(id),
                        DatasetAddress.dataset(community.slug(), id) + "/comments"));
        return "data/dataset";
    }

    @GetMapping("/c/{slug}/data/{id}/edit")
    String editForm(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @ModelAttribute("form") DatasetForm form,
            Actor actor,
            Model model) {
        team.require(actor, Action.EDIT_DATASETS, community.id());
        Dataset dataset = reader.visible(actor, community, id);
        model.addAttribute("form", form.title() == null ? DatasetForm.of(dataset) : form);
        return form(community, model, dataset);
    }

    @PostMapping("/c/{slug}/data/{id}")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @ModelAttribute("form") DatasetForm form,
            Actor actor) {
        editDataset.edit(actor, community, id, form);
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "?saved";
    }

    @PostMapping("/c/{slug}/data/{id}/releases")
    @ShowFormOnError("show")
    String prepare(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @RequestParam(required = false) String changelog,
            Actor actor) {
        prepareRelease.prepare(actor, community, id, changelog);
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "?prepared#releases";
    }

    /** {@code at}: empty to release now, else the announced date and time in the reviewer's zone. */
    @PostMapping("/c/{slug}/data/{id}/releases/{release}/release")
    @ShowFormOnError("show")
    String release(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @PathVariable long release,
            @RequestParam(required = false) String at,
            Actor actor,
            TimePresenter times) {
        releaseDataset.release(actor, community, id, release, at, times.zone());
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "?released#releases";
    }

    /** A reviewer takes a scheduled release back to draft before its instant. */
    @PostMapping("/c/{slug}/data/{id}/releases/{release}/unschedule")
    @ShowFormOnError("show")
    String unschedule(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @PathVariable long release,
            Actor actor) {
        unscheduleRelease.unschedule(actor, community, id, release);
        return "redirect:" + DatasetAddress.dataset(community.slug(), id) + "?unscheduled#releases";
    }

    /** The community's data editors and reviewers, with the form to name them, for the secretariat. */
    @GetMapping("/c/{slug}/data/team")
    String team(@Permitted(Action.MANAGE_DATA_TEAM) Community community, Model model) {
        List<DataTeamMembers.Member> team = teamMembers.of(community.id());
        List<Long> members = memberships.of(community.id()).stream()
                .map(Membership::accountId)
                .toList();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        accounts.byIds(members).forEach(a -> names.put(a.id(), a.displayName()));
        model.addAttribute(
                "team",
                team.stream()
                        .filter(m -> names.containsKey(m.accountId()))
                        .map(m -> new TeamLine(m.accountId(), names.get(m.accountId()), m.standing()))
                        .toList());
        model.addAttribute(
                "members",
                members.stream()
                        .map(id -> new TeamLine(id, names.getOrDefault(id, ""), null))
                        .sorted(java.util.Comparator.comparing(TeamLine::name))
                        .toList());
        return "data/team";
    }

    /** A member on the data-team screen: their account, name and standing (null when none). */
    record TeamLine(long accountId, String name, Standing standing) {}

    /** The secretariat names a member data editor or reviewer ({@code standing}), or takes it back ("NONE"). */
    @PostMapping("/c/{slug}/data/team")
    @ShowFormOnError("team")
    String nameTeamMember(
            @Permitted(Action.MANAGE_DATA_TEAM) Community community,
            @RequestParam long accountId,
            @RequestParam String standing,
            Actor actor) {
        nameDataTeamMember.name(actor, community, accountId, standing);
        return "redirect:" + DatasetAddress.list(community.slug()) + "/team?named";
    }

    private String form(Community community, Model model, Dataset dataset) {
        model.addAttribute("dataset", dataset);
        model.addAttribute("organisations", organisations.byIds(memberOrganisations.of(community.id())));
        model.addAttribute("themes", DataTheme.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("licences", Licence.values());
        model.addAttribute("rights", AccessRights.values());
        model.addAttribute("producers", ProducerType.values());
        model.addAttribute("dimensions", List.of(QualityAssessment.DIMENSIONS));
        return "data/form";
    }
}
