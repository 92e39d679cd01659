package org.statcommons.platform.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.support.CpuTime;

/** An activity's title in each reader's language, from its stored key and arguments, or its stored English. */
class ActivityTitleTests {

    private static final TimePresenter ARABIC =
            TimePresenter.in(ZoneId.of("Asia/Beirut")).inLanguage(Locale.forLanguageTag("ar"));
    private static final TimePresenter RUSSIAN =
            TimePresenter.in(ZoneId.of("Asia/Bishkek")).inLanguage(Locale.forLanguageTag("ru"));

    @Test
    void typedTextThatLooksLikeAMarkRoundTripsThroughStorageExactly() {
        String typed = "Weights {{time 2030-01-01T00:00:00Z UTC}} ‘and’ \"more\" \\ {0}";
        Activity activity = Activity.of(ActivityKind.REPLY, 1, Instant.EPOCH)
                .by(2L, "Ana")
                .title(Text.of("discussions.activity.replied", "Ana", typed))
                .link("/c/x/discussions/1")
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("thread", 1))
                .build();
        assertThat(activity.title()).isEqualTo("Ana replied to “" + TimePresenter.literal(typed) + "”");

        Text stored = ActivityTitle.stored(activity.titleText().key(), ActivityTitle.arguments(activity.titleText()));
        assertThat(stored).isEqualTo(activity.titleText());
        assertThat(ActivityTitle.parts(activity.title(), stored, ARABIC))
                .containsExactly(
                        new ActivityTitle.Part("ردّ ", false),
                        new ActivityTitle.Part("Ana", true),
                        new ActivityTitle.Part(" في النقاش «", false),
                        new ActivityTitle.Part(typed, true),
                        new ActivityTitle.Part("»", false));
    }

    @Test
    void inALeftToRightLanguageOnlyTypedTextWithRightToLeftLettersIsIsolated() {
        Text title = ActivityTitle.typed(Text.of("discussions.activity.replied", "Ana", "تعداد 2030"));
        assertThat(ActivityTitle.parts("English", title, TimePresenter.anonymous()))
                .containsExactly(
                        new ActivityTitle.Part("Ana replied to “", false),
                        new ActivityTitle.Part("تعداد 2030", true),
                        new ActivityTitle.Part("”", false));
    }

    @Test
    void typedTextHoldingTheStandInCharactersIsShownAsTyped() {
        String typed = "\uE00099\uE001 \uE0000\uE001";
        Text title = ActivityTitle.typed(Text.of("discussions.activity.replied", "Ana", typed));
        assertThat(ActivityTitle.shown("English", title, TimePresenter.anonymous()))
                .isEqualTo("Ana replied to “" + typed + "”");
        assertThat(ActivityTitle.shown("English", title, ARABIC)).isEqualTo("ردّ Ana في النقاش «" + typed + "»");
    }

    @Test
    void timesInsideAreShownInTheReadersZoneAndLanguage() {
        Instant start = Instant.parse("2030-03-01T14:00:00Z");
        Text title = Text.of(
                "meetings.activity.scheduled",
                TimePresenter.literal("Review"),
                TimePresenter.mark(start, ZoneId.of("Europe/Paris")));
        String shown = ActivityTitle.shown(
                "English", ActivityTitle.stored(title.key(), ActivityTitle.arguments(title)), RUSSIAN);
        assertThat(shown)
                .startsWith("Встреча «Review» назначена на ")
                .contains("20:00")
                .doesNotContain("{{time");
    }

    @Test
    void withoutAKeyOrWithAKeyNoLongerKnownTheStoredEnglishIsShown() {
        assertThat(ActivityTitle.shown("Ana replied to “Old”", null, ARABIC)).isEqualTo("Ana replied to “Old”");
        assertThat(ActivityTitle.stored(null, "[\"x\"]")).isNull();
        assertThat(ActivityTitle.shown("Ana replied", ActivityTitle.stored("no.such.key", "[]"), ARABIC))
                .isEqualTo("Ana replied");
        assertThat(ActivityTitle.stored("discussions.activity.replied", "not json"))
                .isNull();
    }

    @Test
    void aLongTypedTitleIsShownWithinATimeBound() {
        String typed = "{".repeat(20_000) + "x".repeat(20_000);
        Text title = ActivityTitle.typed(Text.of("discussions.activity.replied", "Ana", typed));
        CpuTime.Measured<List<ActivityTitle.Part>> measured =
                CpuTime.of(() -> ActivityTitle.parts("English", title, ARABIC));
        assertThat(measured.result().get(3).text()).isEqualTo(typed);
        assertThat(measured.cpu()).isLessThan(Duration.ofMillis(500));
    }

    private static final TimePresenter FRENCH =
            TimePresenter.in(ZoneId.of("Europe/Paris")).inLanguage(Locale.FRENCH);

    @Test
    void aPersonNoLongerKnownIsSomeoneInTheReadersLanguage() {
        Activity activity = Activity.of(ActivityKind.PAGE_COMMENT, 1, Instant.EPOCH)
                .by(7L, "")
                .title(Text.of("comments.activity.commented", "", "Sampling"))
                .link("/c/x/space/sampling")
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("comment", 1))
                .build();
        assertThat(activity.actorName()).as("an account acted: not StatCommons").isEmpty();
        assertThat(activity.title()).isEqualTo("Someone commented on “Sampling”");

        Text stored = ActivityTitle.stored(activity.titleText().key(), ActivityTitle.arguments(activity.titleText()));
        assertThat(ActivityTitle.shown(activity.title(), stored, FRENCH))
                .isEqualTo("Quelqu’un a commenté « Sampling »");
        assertThat(ActivityTitle.parts(activity.title(), stored, ARABIC))
                .as("a word of the sentence, not typed text to isolate")
                .containsExactly(
                        new ActivityTitle.Part("علّق شخص ما على «", false),
                        new ActivityTitle.Part("Sampling", true),
                        new ActivityTitle.Part("»", false));
        assertThat(ActivityTitle.actor(7L, activity.actorName(), FRENCH)).isEqualTo("Quelqu’un");
        assertThat(ActivityTitle.actor(7L, activity.actorName(), ARABIC)).isEqualTo("شخص ما");
    }

    @Test
    void theSystemAndTheModeratorsAreNamedAsSuch() {
        Activity bySystem = Activity.of(ActivityKind.REPLY, 1, Instant.EPOCH)
                .by(null, null)
                .title("Done")
                .link("/c/x")
                .visibleTo(Visibility.MEMBERS)
                .about(Subject.of("thread", 1))
                .build();
        assertThat(bySystem.actorName()).isEqualTo("StatCommons");
        assertThat(ActivityTitle.actor(null, "StatCommons", ARABIC)).isEqualTo("StatCommons");
        assertThat(ActivityTitle.actor(null, Activity.MODERATORS, FRENCH)).isEqualTo("Les modérateurs");
        assertThat(ActivityTitle.actor(8L, Activity.MODERATORS, FRENCH))
                .as("a person who calls themselves so")
                .isEqualTo("The moderators");
        assertThat(ActivityTitle.actor(null, Activity.MODERATORS, ARABIC)).isEqualTo("المشرفون");
        assertThat(ActivityTitle.actor(9L, "Ana", ARABIC)).isEqualTo("Ana");
    }

    @Test
    void aTextInsideATitleIsStoredAndShownInTheReadersLanguage() {
        Text where = Text.of("moderation.mail.where", "Census {x}");
        Text item = Text.of("comments.moderation.title", "Ana", "guides/sampling");
        Text title = ActivityTitle.typed(Text.of("moderation.mail.hidden", item, where));
        String json = ActivityTitle.arguments(title);
        Text stored = ActivityTitle.stored(title.key(), json);
        assertThat(stored).isEqualTo(title);
        assertThat(ActivityTitle.english(title))
                .as("stored as every title with typed text: literal")
                .isEqualTo("A moderator hid “Comment by Ana on guides/sampling” in the community “"
                        + TimePresenter.literal("Census {x}") + "”. Nobody else sees it now.");
        assertThat(ActivityTitle.shown("English", stored, FRENCH))
                .isEqualTo("Un modérateur a masqué « Commentaire de Ana sur guides/sampling » dans la communauté"
                        + " « Census {x} ». Personne d’autre ne le voit désormais.");
    }
}
