package org.statcommons.identity;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
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
import java.util.Optional;
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
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.support.WebSlice;

/**
 * The account screen's three forms (profile, password, e-mail address) in a Spring MVC slice (no server, no
 * database; the real controller and error answer, the use cases as stand-ins): each is read into its typed command,
 * and a refused one comes back on the one screen, as typed, with its messages, while the others show what is saved.
 */
@SpringJUnitWebConfig(AccountControllerTests.Slice.class)
class AccountControllerTests {

    private static final Account AMINA = new Account(
            7,
            "amina@example.org",
            true,
            "Amina",
            "Statistics Office",
            OrganisationKind.NATIONAL_STATISTICAL_OFFICE,
            "KE",
            "Africa/Nairobi",
            List.of("en", "sw"),
            "Prices.",
            PlatformRole.NONE,
            true,
            1,
            Instant.parse("2026-01-01T00:00:00Z"),
            false,
            null);

    @WebSlice
    @Import({AccountController.class})
    static class Slice implements WebMvcConfigurer {

        /** The person comes from the request, as identity's filters leave it there. */
        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new ActorArgumentResolver());
        }
    }

    @MockitoBean
    Accounts accounts;

    @MockitoBean
    EditProfile editProfile;

    @MockitoBean
    ChangePassword changePassword;

    @MockitoBean
    RequestEmailChange requestEmailChange;

    @MockitoBean
    ConfirmEmailChange confirmEmailChange;

    @MockitoBean
    LinkTokens links;

    @MockitoBean
    SessionStarter sessions;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        when(accounts.byId(AMINA.id())).thenReturn(Optional.of(AMINA));
    }

    @Test
    void aProfileIsReadIntoATypedProfileAndSaved() throws Exception {
        mvc.perform(signedIn(post("/account/profile"))
                        .param("displayName", " Amina W. ")
                        .param("organisation", "KNBS")
                        .param("organisationKind", "NATIONAL_STATISTICAL_OFFICE")
                        .param("country", "ke")
                        .param("timeZone", "Africa/Nairobi")
                        .param("languages", "sw", "en")
                        .param("bio", "Prices and trade."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("notice", Text.of("identity.account.notice.profile")));
        verify(editProfile)
                .edit(
                        AMINA.id(),
                        new Profile(
                                "Amina W.",
                                "KNBS",
                                OrganisationKind.NATIONAL_STATISTICAL_OFFICE,
                                "KE",
                                "Africa/Nairobi",
                                List.of("sw", "en"),
                                "Prices and trade.",
                                null));
    }

    @Test
    void aRefusedProfileComesBackAsTyped() throws Exception {
        mvc.perform(signedIn(post("/account/profile"))
                        .param("displayName", "")
                        .param("organisation", "KNBS")
                        .param("organisationKind", "NATIONAL_STATISTICAL_OFFICE")
                        .param("country", "Atlantis")
                        .param("timeZone", "Africa/Nairobi")
                        .param("languages", "sw")
                        .param("bio", "Kept."))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("identity/account"))
                .andExpect(model().attribute(
                                "form",
                                new AccountForm(
                                        null,
                                        null,
                                        "",
                                        "KNBS",
                                        "NATIONAL_STATISTICAL_OFFICE",
                                        "Atlantis",
                                        "Africa/Nairobi",
                                        List.of("sw"),
                                        "Kept.")))
                .andExpect(model().attribute("failed", ""))
                .andExpect(model().attribute(
                                "errors",
                                Map.of(
                                        "displayName",
                                        "Name is required.",
                                        "country",
                                        "Choose a country from the list.")));
        verifyNoInteractions(editProfile);
    }

    @Test
    void aRefusedPasswordChangeIsToldOnItsOwnFormWhileTheProfileShowsWhatIsSaved() throws Exception {
        doThrow(new InvalidInputException("currentPassword", "Your current password is not right."))
                .when(changePassword)
                .change(eq(AMINA.id()), any());
        mvc.perform(signedIn(post("/account/password"))
                        .param("currentPassword", "wrong")
                        .param("newPassword", "lantern quietly orbits 42"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("identity/account"))
                .andExpect(model().attribute("failed", "password"))
                .andExpect(model().attribute("form", AccountForm.of(AMINA)))
                .andExpect(
                        model().attribute("errors", Map.of("currentPassword", "Your current password is not right.")));
        verify(changePassword).change(AMINA.id(), new PasswordChange("wrong", "lantern quietly orbits 42"));
        verifyNoInteractions(sessions);
    }

    @Test
    void aNewAddressThatIsNotOneComesBackAsTypedOnItsForm() throws Exception {
        mvc.perform(signedIn(post("/account/email"))
                        .param("newEmail", "amina at example")
                        .param("currentPassword", "secret"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attribute("failed", "email"))
                .andExpect(model().attribute("emailChange", new EmailChangeForm("amina at example", "secret")))
                .andExpect(model().attribute("errors", Map.of("newEmail", "This is not a valid e-mail address.")));
        verifyNoInteractions(requestEmailChange);
        mvc.perform(signedIn(post("/account/email"))
                        .param("newEmail", "Amina@New.example.org")
                        .param("currentPassword", "secret"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account"));
        verify(requestEmailChange)
                .request(AMINA.id(), new EmailChange(new EmailAddress("amina@new.example.org"), "secret"));
    }

    @Test
    void someoneNotSignedInIsSentToSignInAndNothingIsRead() throws Exception {
        mvc.perform(post("/account/profile").param("displayName", "Anyone"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?continue=%2Faccount%2Fprofile"));
        verifyNoInteractions(editProfile);
        verify(accounts, never()).byId(anyLong());
    }

    private static MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
        return request.requestAttr(CurrentAccount.ATTRIBUTE, AMINA);
    }
}
