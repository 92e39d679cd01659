package org.statcommons.community;

import java.util.Comparator;
import java.util.List;
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
import org.statcommons.identity.Account;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/** Topic groups: the list, creating and editing one, its member list, and its discussions and meetings. */
@Controller
@CommunityTab("topics")
class TopicGroupController {

    private final TopicGroups groups;
    private final TopicGroupMembers members;
    private final MemberPicker picker;
    private final CreateTopicGroup createTopicGroup;
    private final EditTopicGroup editTopicGroup;
    private final JoinTopicGroup joinTopicGroup;
    private final AddToTopicGroup addToTopicGroup;
    private final People people;
    private final Markdown markdown;
    private final ObjectProvider<TopicGroupContent> contents;

    TopicGroupController(
            TopicGroups groups,
            TopicGroupMembers members,
            MemberPicker picker,
            CreateTopicGroup createTopicGroup,
            EditTopicGroup editTopicGroup,
            JoinTopicGroup joinTopicGroup,
            AddToTopicGroup addToTopicGroup,
            People people,
            Markdown markdown,
            ObjectProvider<TopicGroupContent> contents) {
        this.groups = groups;
        this.members = members;
        this.picker = picker;
        this.createTopicGroup = createTopicGroup;
        this.editTopicGroup = editTopicGroup;
        this.joinTopicGroup = joinTopicGroup;
        this.addToTopicGroup = addToTopicGroup;
        this.people = people;
        this.markdown = markdown;
        this.contents = contents;
    }

    /** The groups, with the form to create one: empty, or as typed when refused. */
    @GetMapping("/c/{slug}/topics")
    String list(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @ModelAttribute("form") NewTopicGroup form,
            Model model) {
        model.addAttribute("groups", groups.of(community));
        return "community/topics";
    }

    @PostMapping("/c/{slug}/topics")
    @ShowFormOnError("list")
    String create(
            @Permitted(Action.MANAGE_TOPIC_GROUPS) Community community,
            @ModelAttribute("form") NewTopicGroup form,
            Actor actor,
            RedirectAttributes redirect) {
        TopicGroups.TopicGroup group = createTopicGroup.create(actor, community, form);
        redirect.addFlashAttribute("notice", Text.of("community.notice.topic-created"));
        return "redirect:" + CommunityAddress.topic(community.slug(), group.slug());
    }

    /** A group with its members and forms; the edit form as typed when refused. */
    @GetMapping("/c/{slug}/topics/{topic}")
    String show(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable String topic,
            @ModelAttribute("form") TopicGroupChange form,
            @RequestParam(defaultValue = "") String person,
            Actor actor,
            Model model) {
        TopicGroups.TopicGroup group = groups.inCommunity(community, topic);
        model.addAttribute("group", group);
        model.addAttribute(
                "form", form.name() == null ? new TopicGroupChange(group.name(), group.description()) : form);
        model.addAttribute("descriptionHtml", markdown.toHtml(group.description()));
        model.addAttribute("members", byName(members.accountIds(group)));
        model.addAttribute("inGroup", actor.signedIn() && members.isMember(group, actor.accountId()));
        model.addAttribute("person", person);
        model.addAttribute("candidates", picker.suggestions(community.id(), MemberPicker.Among.MEMBERS, null, person));
        model.addAttribute(
                "sections",
                contents.stream()
                        .flatMap(content -> content.section(actor, community, group).stream())
                        .sorted(Comparator.comparingInt(ListedSection::order))
                        .toList());
        return "community/topic";
    }

    @PostMapping("/c/{slug}/topics/{topic}/edit")
    @ShowFormOnError("show")
    String edit(
            @Permitted(Action.MANAGE_TOPIC_GROUPS) Community community,
            @PathVariable String topic,
            @ModelAttribute("form") TopicGroupChange form,
            Actor actor,
            RedirectAttributes redirect) {
        editTopicGroup.edit(actor, community, groups.inCommunity(community, topic), form);
        return done(redirect, Text.of("community.notice.saved"), community, topic);
    }

    @PostMapping("/c/{slug}/topics/{topic}/membership")
    @ShowFormOnError("show")
    String joinOrLeave(
            @Permitted(Action.JOIN_TOPIC_GROUP) Community community,
            @PathVariable String topic,
            @RequestParam(defaultValue = "true") boolean join,
            Actor actor,
            RedirectAttributes redirect) {
        joinTopicGroup.join(actor, community, groups.inCommunity(community, topic), join);
        return done(
                redirect,
                join ? Text.of("community.notice.topic-joined") : Text.of("community.notice.topic-left"),
                community,
                topic);
    }

    @PostMapping("/c/{slug}/topics/{topic}/members")
    @ShowFormOnError("show")
    String addOrRemove(
            @Permitted(Action.MANAGE_TOPIC_GROUPS) Community community,
            @PathVariable String topic,
            @RequestParam(required = false) Long accountId,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "true") boolean add,
            Actor actor,
            RedirectAttributes redirect) {
        // the add form types a name; taking one off (and the older form) names the account
        if (accountId == null) {
            accountId = picker.pick(community.id(), MemberPicker.Among.MEMBERS, "person", person, true);
        }
        addToTopicGroup.add(actor, community, groups.inCommunity(community, topic), accountId, add);
        return done(
                redirect,
                add ? Text.of("community.notice.added") : Text.of("community.notice.removed"),
                community,
                topic);
    }

    private List<Account> byName(List<Long> accountIds) {
        return people.byId(accountIds).values().stream()
                .sorted(Comparator.comparing(Account::displayName))
                .toList();
    }

    private static String done(RedirectAttributes redirect, Text notice, Community community, String topic) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + CommunityAddress.topic(community.slug(), topic);
    }
}
