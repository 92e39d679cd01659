package org.statcommons.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A body's space key and addresses: never a community's key, and every address under the body's. */
class BodySpaceTests {

    private static final BodySpace SPACE = new BodySpace(BodySpace.keyOf(7), 3, "pacific", "Pacific", 7, "Steering");

    @Test
    void aBodysKeyIsNeverACommunitysKey() {
        assertThat(BodySpace.keyOf(7)).isEqualTo(-7);
        assertThat(BodySpace.isBodySpace(BodySpace.keyOf(7))).isTrue();
        assertThat(BodySpace.isBodySpace(7)).as("community 7's space").isFalse();
        assertThat(BodySpace.bodyOf(BodySpace.keyOf((1L << 40) - 1))).isEqualTo((1L << 40) - 1);
        // a course's space is neither a community's nor a body's (docs/academy.md)
        assertThat(BodySpace.isBodySpace(CourseSpace.keyOf(7))).isFalse();
        assertThat(CourseSpace.isCourseSpace(CourseSpace.keyOf(7))).isTrue();
        assertThat(CourseSpace.isCourseSpace(BodySpace.keyOf(7))).isFalse();
        assertThat(CourseSpace.courseOf(CourseSpace.keyOf(7))).isEqualTo(7);
        assertThatThrownBy(() -> BodySpace.keyOf(1L << 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BodySpace.keyOf(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BodySpace.keyOf(-7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BodySpace.bodyOf(7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyAddressIsUnderTheBodysOwn() {
        assertThat(SPACE.address()).isEqualTo("/c/pacific/bodies/7/space");
        assertThat(SPACE.page("agenda/2027 march.md")).isEqualTo("/c/pacific/bodies/7/space/agenda/2027%20march");
        assertThat(SPACE.action("edit", "agenda/x.md")).isEqualTo("/c/pacific/bodies/7/space/-/edit/agenda/x");
        assertThat(SPACE.action("new", null)).isEqualTo("/c/pacific/bodies/7/space/-/new");
        assertThat(SPACE.git()).isEqualTo("/git/pacific/bodies/7.git");
    }
}
