package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSpaceRepositoriesTests {

    @TempDir
    Path dataDir;

    @Test
    void createsOpensAndDeletesBareRepositories() throws Exception {
        FileSpaceRepositories repositories = new FileSpaceRepositories(dataDir, Duration.ZERO);
        assertThat(repositories.open(7)).isEmpty();

        Repository created = repositories.create(7);
        assertThat(created.isBare()).isTrue();
        assertThat(created.getDirectory().toPath())
                .isEqualTo(dataDir.toAbsolutePath().resolve("7.git"));
        assertThat(created.exactRef(Constants.HEAD).getTarget().getName()).isEqualTo(SpaceBranches.MAIN);
        assertThat(repositories.create(7)).isSameAs(created);
        repositories.destroy();

        FileSpaceRepositories reopened = new FileSpaceRepositories(dataDir, Duration.ZERO);
        assertThat(reopened.open(7))
                .hasValueSatisfying(
                        repository -> assertThat(repository.isBare()).isTrue());
        reopened.delete(7);
        assertThat(Files.exists(dataDir.resolve("7.git"))).isFalse();
        assertThat(reopened.open(7)).isEmpty();
        reopened.delete(7);
        assertThatThrownBy(() -> reopened.create(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBodysSpaceIsARepositoryBesideItsCommunitysNeverTheSame() {
        FileSpaceRepositories repositories = new FileSpaceRepositories(dataDir, Duration.ZERO);
        Repository community = repositories.create(7);
        Repository body = repositories.create(org.statcommons.content.BodySpace.keyOf(7));
        assertThat(body).isNotSameAs(community);
        assertThat(body.getDirectory().toPath())
                .isEqualTo(dataDir.toAbsolutePath().resolve("body-7.git"));
        repositories.delete(org.statcommons.content.BodySpace.keyOf(7));
        assertThat(repositories.open(7)).isPresent();
        assertThat(Files.exists(dataDir.resolve("body-7.git"))).isFalse();
        // a course (docs/academy.md) beside both
        Repository course = repositories.create(org.statcommons.content.CourseSpace.keyOf(7));
        assertThat(course.getDirectory().toPath())
                .isEqualTo(dataDir.toAbsolutePath().resolve("course-7.git"));
        repositories.destroy();
    }
}
