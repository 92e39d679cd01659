package org.statcommons.content;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FileUtils;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Bare repositories in the data directory, {@code spaces/{communityId}.git}. Opened repositories are kept
 * open (JGit repositories are safe to share between threads), so a save does not re-read the
 * configuration and pack list every time.
 */
@Component
class FileSpaceRepositories implements SpaceRepositories, DisposableBean {

    private final Path root;
    private final Map<Long, Repository> open = new ConcurrentHashMap<>();

    @Autowired
    FileSpaceRepositories(StatCommonsProperties properties) {
        this(properties.dataDir().resolve("spaces"));
    }

    FileSpaceRepositories(Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public Repository create(long communityId) {
        return open.computeIfAbsent(communityId, id -> {
            File directory = directory(id);
            try {
                Repository repository = FileRepositoryBuilder.create(directory);
                if (!repository.getObjectDatabase().exists()) {
                    Files.createDirectories(root);
                    repository.create(true);
                    configure(repository);
                }
                return repository;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the repository of space " + id, e);
            }
        });
    }

    @Override
    public Optional<Repository> open(long communityId) {
        Repository cached = open.get(communityId);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!new File(directory(communityId), Constants.OBJECTS).isDirectory()) {
            return Optional.empty();
        }
        return Optional.of(create(communityId));
    }

    @Override
    public void delete(long communityId) {
        Repository repository = open.remove(communityId);
        if (repository != null) {
            repository.close();
        }
        File directory = directory(communityId);
        if (directory.exists()) {
            try {
                FileUtils.delete(directory, FileUtils.RECURSIVE | FileUtils.RETRY);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the repository of space " + communityId, e);
            }
        }
    }

    @Override
    public void destroy() {
        open.values().forEach(Repository::close);
        open.clear();
    }

    private File directory(long communityId) {
        if (communityId <= 0) {
            throw new IllegalArgumentException("Community ids are positive: " + communityId);
        }
        return root.resolve(communityId + ".git").toFile();
    }

    /** main is the branch people see; reflogs record every move of it, which helps after an accident. */
    private static void configure(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_LOGALLREFUPDATES, true);
        config.setBoolean(ConfigConstants.CONFIG_RECEIVE_SECTION, null, "denyNonFastForwards", true);
        config.save();
        repository.updateRef(Constants.HEAD).link(SpaceBranches.MAIN);
    }
}
