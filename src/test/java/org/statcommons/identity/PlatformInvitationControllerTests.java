package org.statcommons.identity;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.statcommons.access.CommunityFacts;
import org.statcommons.access.Permissions;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;
import org.statcommons.support.WebSlice;

/**
 * Inviting people to the platform and accepting an invitation, at the web edge in a Spring MVC slice (no server, no
 * database; the real controller, policy and error answer, the use cases and the link check as stand-ins): the
 * permission is asked before the form is read, the form is parsed into a typed {@link NewPlatformInvitation} or
 * {@link NewAccount}, and a refused form comes back with every field as typed and its messages.
 */
@SpringJUnitWebConfig(PlatformInvitationControllerTests.Slice.class)
class PlatformInvitationControllerTests {

    private static final String SECRET = "s".repeat(43);
    private static final String INVITED = "invited.person@example.org";

    @WebSlice
    @Import({PlatformInvitationController.class, Permissions.class})
    static class Slice implements WebMvcConfigurer {

        /** The person comes from the request, as identity's filters leave it there. */
        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new ActorArgumentResolver());
        }
    }

    /** Platform invitations ask nothing of a community; the policy needs it all the same. */
    @MockitoBean
    CommunityFacts facts;

    @MockitoBean
    PlatformInvitationPresenter presenter;

    @MockitoBean
    InviteToPlatform inviteToPlatform;

    @MockitoBean
    RevokePlatformInvitation revokeInvitation;

    @MockitoBean
    AcceptPlatformInvitation acceptInvitation;

    @MockitoBean
    LinkTokens links;

    @MockitoBean
    SessionStarter sessions;

    @MockitoBean
    SignInProviders providers;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        when(links.usable(LinkTokens.Purpose.SIGN_UP_INVITATION, SECRET))
                .thenReturn(new LinkTokens.Link(1, LinkTokens.Purpose.SIGN_UP_INVITATION, null, INVITED, null));
    }

    @Test
    void anInvitationIsReadIntoATypedCommandAndSentThroughTheUseCase() throws Exception {
        Account secretariat = account(7, PlatformRole.SECRETARIAT);
        mvc.perform(as(secretariat, post("/people/invite"))
                        .param("email", " New.Person@Example.org ")
                        .param("message", "Welcome!")
                        .param("language", "es"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/people/invite"))
                .andExpect(
                        flash().attribute("notice", Text.of("identity.invite.notice.sent", "new.person@example.org")));
        verify(inviteToPlatform)
                .invite(
                        secretariat.actor(),
                        new NewPlatformInvitation(
                                EmailAddress.parse("email", "new.person@example.org"), "Welcome!", Language.SPANISH));
    }

    @Test
    void aRefusedInvitationComesBackAsTypedWithItsMessage() throws Exception {
        mvc.perform(as(account(7, PlatformRole.SECRETARIAT), post("/people/invite"))
                        .param("email", "not an address")
                        .param("message", "Please join us")
                        .param("language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("identity/invite"))
                .andExpect(
                        model().attribute("form", new PlatformInvitationForm("not an address", "Please join us", "fr")))
                .andExpect(model().attributeExists("pending"))
                .andExpect(model().attribute("errors", Map.of("email", "This is not a valid e-mail address.")));
        verifyNoInteractions(inviteToPlatform);
    }

    @Test
    void someoneWhoMayNotInviteIsToldSoBeforeTheFormIsRead() throws Exception {
        mvc.perform(as(account(8, PlatformRole.NONE), post("/people/invite")).param("email", "not an address"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error"));
        verifyNoInteractions(inviteToPlatform, presenter);
    }

    @Test
    void aRefusedAccountComesBackAsTypedForTheInvitedAddress() throws Exception {
        mvc.perform(post("/sign-up/invitation/" + SECRET)
                        .param("email", "someone.else@example.org")
                        .param("password", "short")
                        .param("displayName", "Ana Invited")
                        .param("organisation", "Statistics Office")
                        .param("organisationKind", "NATIONAL_STATISTICAL_OFFICE")
                        .param("country", "PT")
                        .param("timeZone", "Europe/Lisbon")
                        .param("languages", "pt", "en")
                        .param("bio", "Surveys."))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("identity/accept-invitation"))
                .andExpect(model().attribute(
                                "form",
                                new AccountForm(
                                        INVITED,
                                        "short",
                                        "Ana Invited",
                                        "Statistics Office",
                                        "NATIONAL_STATISTICAL_OFFICE",
                                        "PT",
                                        "Europe/Lisbon",
                                        List.of("pt", "en"),
                                        "Surveys.")))
                .andExpect(model().attribute("action", "/sign-up/invitation/" + SECRET))
                .andExpect(model().attributeExists("errors"));
        verifyNoInteractions(acceptInvitation, sessions);
    }

    @Test
    void anAddressThatGotAnAccountMeanwhileIsAConflictOnTheSameForm() throws Exception {
        doThrow(new ConflictException(CreateAccount.ALREADY_EXISTS))
                .when(acceptInvitation)
                .accept(eq(SECRET), any());
        mvc.perform(post("/sign-up/invitation/" + SECRET)
                        .param("password", "lantern quietly orbits 42")
                        .param("displayName", "Ana Invited")
                        .param("organisationKind", "INDIVIDUAL"))
                .andExpect(status().isConflict())
                .andExpect(view().name("identity/accept-invitation"))
                .andExpect(model().attribute("errors", Map.of("", CreateAccount.ALREADY_EXISTS.english())));
        verifyNoInteractions(sessions);
    }

    private static MockHttpServletRequestBuilder as(Account account, MockHttpServletRequestBuilder request) {
        return request.requestAttr(CurrentAccount.ATTRIBUTE, account);
    }

    private static Account account(long id, PlatformRole role) {
        return new Account(
                id,
                "person" + id + "@example.org",
                true,
                "Person " + id,
                "",
                OrganisationKind.INDIVIDUAL,
                null,
                null,
                List.of(),
                "",
                role,
                true,
                1,
                Instant.parse("2026-01-01T00:00:00Z"),
                false,
                null);
    }
}
