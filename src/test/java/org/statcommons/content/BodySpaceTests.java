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
        assertThat(BodySpace.bodyOf(BodySpace.keyOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
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
