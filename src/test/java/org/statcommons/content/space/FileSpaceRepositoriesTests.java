package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
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

    @Test
    void mainMovedByAnotherWriterOfTheSameFilesIsSeenAtOnce() throws Exception {
        FileSpaceRepositories repositories = new FileSpaceRepositories(dataDir, Duration.ZERO);
        Repository space = repositories.create(7);
        assertThat(dataDir.resolve("7.git/packed-refs")).exists().isEmptyFile();
        assertThat(space.exactRef(SpaceBranches.MAIN)).isNull();
        // another process (a second server, git on the command line) on the same files: JGit's own, unshared instance
        try (Repository other = FileRepositoryBuilder.create(space.getDirectory())) {
            for (int i = 0; i < 3; i++) {
                ObjectId commit = commit(other, "version " + i);
                RefUpdate update = other.updateRef(SpaceBranches.MAIN);
                update.setNewObjectId(commit);
                update.setForceUpdate(true);
                assertThat(update.update()).isIn(RefUpdate.Result.NEW, RefUpdate.Result.FORCED);
                assertThat(space.exactRef(SpaceBranches.MAIN).getObjectId()).isEqualTo(commit);
                try (Snapshot snapshot = new Snapshot(space)) {
                    assertThat(snapshot.headId()).isEqualTo(commit);
                }
            }
        }
        repositories.destroy();
        // a space made before the file existed gets it when opened
        Files.delete(dataDir.resolve("7.git/packed-refs"));
        FileSpaceRepositories reopened = new FileSpaceRepositories(dataDir, Duration.ZERO);
        assertThat(reopened.open(7)).isPresent();
        assertThat(dataDir.resolve("7.git/packed-refs")).exists();
        reopened.destroy();
    }

    private static ObjectId commit(Repository repository, String message) throws Exception {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            TreeFormatter tree = new TreeFormatter();
            tree.append("page.md", FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB, message.getBytes()));
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(inserter.insert(tree));
            PersonIdent person = new PersonIdent("Tester", "tester@example.org");
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }
}
