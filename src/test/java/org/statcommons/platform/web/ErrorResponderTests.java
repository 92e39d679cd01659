package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.GoneException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooLargeException;
import org.statcommons.platform.TooManyRequestsException;
import org.statcommons.platform.i18n.BundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one error answer, in a Spring MVC slice (no server, no database): every refusal as a page and as a
 * problem, a refused form shown again with what was typed and its whole model, and Spring MVC's own errors.
 */
@SpringJUnitWebConfig(ErrorResponderTests.Slice.class)
class ErrorResponderTests {

    /** A form as typed. */
    record ThingForm(String name, String colour) {}

    @Controller
    static class Things {

        /** Shows the form: first empty, then, when refused, with what was typed. */
        @GetMapping("/things/new")
        String newForm(@ModelAttribute("form") ThingForm form, Model model) {
            model.addAttribute("colours", List.of("red", "green"));
            return "things/new";
        }

        @PostMapping("/things")
        @ShowFormOnError("newForm")
        String create(@ModelAttribute("form") ThingForm form) {
            switch (form.name() == null ? "" : form.name()) {
                case "" ->
                    throw new InvalidInputException(List.of(
                            new InvalidInputException.FieldMessage("name", "Name is required."),
                            new InvalidInputException.FieldMessage("colour", "Choose a colour.")));
                case "taken" -> throw new ConflictException("There is a thing of that name already.");
                case "fast" ->
                    throw new TooManyRequestsException("You are adding things very fast.", Duration.ofSeconds(90));
                case "secret" -> throw new NotAllowedException(Action.CREATE_COMMUNITY, true);
                default -> {
                    return "redirect:/things/1";
                }
            }
        }

        /** A note is written on a thing's screen, which another feature shows: back there, with the draft. */
        @PostMapping("/things/{id}/notes")
        @ShowFormOnError("backToThing")
        String note(@PathVariable long id, @ModelAttribute("form") ThingForm form) {
            throw form.name() == null || form.name().isBlank()
                    ? new InvalidInputException("name", "Write something.")
                    : new TooManyRequestsException("Slow down.", Duration.ofSeconds(5));
        }

        String backToThing(@PathVariable long id, @ModelAttribute("form") ThingForm form, RedirectAttributes redirect) {
            redirect.addFlashAttribute("draft", form.colour());
            return "redirect:/things/" + id;
        }

        @PostMapping("/plain")
        String plain() {
            throw new InvalidInputException("name", "Name is required.");
        }
    }

    /** What every screen's layout gets from an advice (the signed-in person, in the application). */
    @ControllerAdvice
    static class Layout {
        @ModelAttribute("me")
        String me() {
            return "Ana";
        }
    }

    record Note(String text, int count) {}

    @RestController
    static class Refusals {

        @GetMapping({"/refused/{why}", "/api/v1/refused/{why}"})
        String refuse(@PathVariable String why) {
            throw switch (why) {
                case "anonymous" -> new NotAllowedException(Action.VIEW_SPACE, false);
                case "member" -> new NotAllowedException(Action.VIEW_SPACE, true);
                case "missing" -> new NotFoundException("There is no such thing.");
                case "large" ->
                    new TooLargeException(Text.of("content.file.too-large", ByteSize.of(1_048_576)), 1_048_576);
                case "invalid" -> new InvalidInputException("title", "Title is required.");
                case "used" -> new GoneException("This invitation cannot be used", "It has been used already.");
                default ->
                    new TooManyRequestsException(
                            "You have posted 10 times in the last hour; please wait a few minutes.",
                            Duration.ofSeconds(90));
            };
        }

        @PostMapping(
                path = {"/api/v1/notes", "/notes"},
                consumes = MediaType.APPLICATION_JSON_VALUE)
        Note add(@RequestBody Note note) {
            return note;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    @Import({
        ErrorResponder.class,
        Translator.class,
        BundleMessageSource.class,
        FormMethodChecker.class,
        ProblemJsonWriter.class,
        Things.class,
        Layout.class,
        Refusals.class
    })
    static class Slice {
        @Bean
        JsonMapper jsonMapper() {
            return JsonMapper.builder().build();
        }
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProblemJsonWriter problems;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedItsMessagesAndItsWholeModel() throws Exception {
        mvc.perform(post("/things").param("name", "").param("colour", "mauve"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("things/new"))
                .andExpect(model().attribute("form", new ThingForm("", "mauve")))
                .andExpect(
                        model().attribute("errors", Map.of("name", "Name is required.", "colour", "Choose a colour.")))
                .andExpect(model().attribute("colours", List.of("red", "green")))
                .andExpect(model().attribute("me", "Ana"));
    }

    @Test
    void aConflictOrTooManyPostsShowsTheFormAgainWithItsStatus() throws Exception {
        mvc.perform(post("/things").param("name", "taken").param("colour", "red"))
                .andExpect(status().isConflict())
                .andExpect(view().name("things/new"))
                .andExpect(model().attribute("form", new ThingForm("taken", "red")))
                .andExpect(model().attribute("errors", Map.of("", "There is a thing of that name already.")));
        mvc.perform(post("/things").param("name", "fast"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "90"))
                .andExpect(view().name("things/new"))
                .andExpect(model().attribute("errors", Map.of("", "You are adding things very fast.")));
    }

    @Test
    void aRefusalThatIsNotAboutTheFormGetsItsUsualAnswer() throws Exception {
        mvc.perform(post("/things").param("name", "secret"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("title", "Not allowed"));
    }

    @Test
    void aFormOnAnotherScreenGoesBackThereWithTheDraftAndTheMessages() throws Exception {
        mvc.perform(post("/things/7/notes").param("name", "").param("colour", "Kept draft"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/things/7"))
                .andExpect(flash().attribute("draft", "Kept draft"))
                .andExpect(flash().attribute("errors", Map.of("name", "Write something.")));
        // a redirect cannot carry 429: the person gets the error page with its status
        mvc.perform(post("/things/7/notes").param("name", "again"))
                .andExpect(status().isTooManyRequests())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("message", "Slow down."));
    }

    @Test
    void aFormWithoutAFormMethodGetsTheErrorPage() throws Exception {
        mvc.perform(post("/plain"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("title", "Please check what you entered"))
                .andExpect(model().attribute("message", "Name is required."));
    }

    @Test
    void refusalsOnPages() throws Exception {
        mvc.perform(get("/refused/anonymous").queryParam("tab", "members"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?continue=%2Frefused%2Fanonymous%3Ftab%3Dmembers"));
        mvc.perform(get("/refused/member"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("message", "You may not read this community's pages."));
        mvc.perform(get("/refused/missing"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("title", "Not found"));
        mvc.perform(get("/refused/used"))
                .andExpect(status().isGone())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("title", "This invitation cannot be used"))
                .andExpect(model().attribute("message", "It has been used already."));
        mvc.perform(get("/refused/large"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(model().attribute("title", "The file is too large"));
        mvc.perform(get("/refused/fast"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "90"))
                .andExpect(view().name("error"))
                .andExpect(model().attribute(
                                "message", "You have posted 10 times in the last hour; please wait a few minutes."));
    }

    @Test
    void refusalsUnderTheApiAreProblems() throws Exception {
        problem("anonymous", 401, "Not signed in")
                .andExpect(jsonPath("$.detail").value("You may not read this community's pages."));
        problem("member", 403, "Not allowed");
        problem("missing", 404, "Not found").andExpect(jsonPath("$.detail").value("There is no such thing."));
        problem("used", 410, "Gone").andExpect(jsonPath("$.detail").value("It has been used already."));
        problem("large", 413, "File too large").andExpect(jsonPath("$.limit").value(1_048_576));
        // the limit in the detail is written as the reader's language writes sizes
        mvc.perform(get("/api/v1/refused/large").header("Accept-Language", "fr"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("(?s).*1.Mo au plus.*")))
                .andExpect(jsonPath("$.limit").value(1_048_576));
        problem("invalid", 400, "Invalid input")
                .andExpect(jsonPath("$.detail").value("Title is required."))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("Title is required."));
        problem("fast", 429, "Too many requests")
                .andExpect(header().string("Retry-After", "90"))
                .andExpect(jsonPath("$.detail")
                        .value("You have posted 10 times in the last hour; please wait a few minutes."));
    }

    private ResultActions problem(String why, int status, String title) throws Exception {
        return mvc.perform(get("/api/v1/refused/" + why))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title));
    }

    @Test
    void springMvcsOwnErrorsAreProblemsUnderTheApi() throws Exception {
        mvc.perform(post("/api/v1/notes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"unterminated"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.detail")
                        .value("The request body is not valid JSON, or does not have the expected shape."))
                .andExpect(jsonPath("$.errors[0].field").value(""));
        mvc.perform(post("/api/v1/notes").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415));
        mvc.perform(get("/api/v1/notes"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405));
    }

    @Test
    void outsideTheApiSpringMvcsErrorsAreLeftToTheServletErrorPage() throws Exception {
        mvc.perform(post("/notes").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(""));
    }

    @Controller
    static class Misnamed {
        @PostMapping("/misnamed")
        @ShowFormOnError("noSuchMethod")
        String save() {
            return "redirect:/";
        }
    }

    @Test
    void aFormMethodThatDoesNotExistStopsTheStart() {
        RequestMappingHandlerMapping mappings = new RequestMappingHandlerMapping();
        StaticWebApplicationContext misnamed = new StaticWebApplicationContext();
        misnamed.registerSingleton("misnamed", Misnamed.class);
        misnamed.refresh();
        mappings.setApplicationContext(misnamed);
        mappings.afterPropertiesSet();
        assertThatThrownBy(() -> new FormMethodChecker(mappings).check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Misnamed has 0 methods named 'noSuchMethod'");
        // the slice's own controllers passed the same check when it started
    }

    @Test
    void aFilterWritesTheSameProblemAsSpringMvc() throws Exception {
        MockHttpServletResponse written = new MockHttpServletResponse();
        problems.write(
                written,
                401,
                "Not signed in",
                "The access token is not valid: it may be \"mistyped\", expired or revoked.");
        assertThat(written.getStatus()).isEqualTo(401);
        assertThat(written.getContentType()).startsWith("application/problem+json");
        JsonMapper json = JsonMapper.builder().build();
        JsonNode fromFilter = json.readTree(written.getContentAsString());
        assertThat(fromFilter.path("detail").asString())
                .isEqualTo("The access token is not valid: it may be \"mistyped\", expired or revoked.");
        JsonNode fromMvc = json.readTree(mvc.perform(get("/api/v1/refused/anonymous"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        // Spring MVC adds the request's path as "instance"; a filter's problem leaves it out
        assertThat(names(fromFilter)).isEqualTo(names(fromMvc)).containsExactly("detail", "status", "title");
    }

    private static List<String> names(JsonNode node) {
        return node.properties().stream()
                .map(Map.Entry::getKey)
                .filter(name -> !name.equals("instance"))
                .sorted()
                .toList();
    }
}
