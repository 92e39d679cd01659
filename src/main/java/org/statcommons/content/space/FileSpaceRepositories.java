package org.statcommons.content.space;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.CancelledException;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackFile;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.internal.storage.pack.PackExt;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.eclipse.jgit.util.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.statcommons.content.CourseSpace;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Bare repositories in the data directory, {@code spaces/{communityId}.git} (a body's: {@code spaces/body-{bodyId}.git}). Opened repositories are kept
 * open (JGit repositories are safe to share between threads), so a save does not re-read the
 * configuration and pack list every time. Repacking is JGit's file {@link GC}, run while the repository is
 * in use (see {@link #repack}); JGit's own automatic gc after a push is turned off, so that repacking
 * happens only when {@link SpaceRepacker} asks, one at a time.
 */
class FileSpaceRepositories implements SpaceRepositories, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FileSpaceRepositories.class);
    private static final int LOOSE_SAMPLE_STEP = 16;
    private static final Pattern LOOSE_OBJECT = Pattern.compile("[0-9a-f]{38}");
    private static final Pattern REPOSITORY = Pattern.compile("(body-|course-)?([1-9][0-9]{0,17})\\.git");
    private static final Pattern PACK_FILE = Pattern.compile("pack-[0-9a-f]{40}\\.(pack|idx|bitmap|rev)");
    private static final Duration PRUNE_AFTER = Duration.ofDays(14);
    private static final Duration OLD_PACKS_LEFT_TO_JGIT = Duration.ofDays(1);
    /** Under a flood of saves one read of main's reflog in 15 fails (measured), so a few attempts are not enough. */
    private static final int REPACK_ATTEMPTS = 10;

    private final Path root;
    private final Duration replacedPackGrace;
    private final Map<Long, Repository> open = new ConcurrentHashMap<>();
    /** Packs a repack replaced, by their {@code .pack} file, with when (System.nanoTime) they were replaced. */
    private final Map<File, Long> replaced = new ConcurrentHashMap<>();

    FileSpaceRepositories(StatCommonsProperties properties, ContentProperties content, boolean severalServers) {
        this(properties.dataDir().resolve("spaces"), content.repackGrace());
        if (severalServers) {
            // each server would write its own copy of every repository and serve the others' saves as missing
            throw new IllegalStateException("Several servers on one database need the Git repositories in the database"
                    + " too: set STATCOMMONS_CONTENT_STORAGE=database (docs/operations.md, Several servers)");
        }
    }

    FileSpaceRepositories(Path root, Duration replacedPackGrace) {
        this.root = root.toAbsolutePath();
        this.replacedPackGrace = replacedPackGrace;
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
                noAutomaticGc(repository);
                packedRefsFile(repository);
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

    /**
     * Hard links: every loose object file and every pack (its index, bitmap and reverse index before the pack, so
     * JGit never finds a pack without its index) of {@code fromKey} linked into {@code toKey}'s objects folder. A
     * Git object's file never changes once written, so the two repositories then hold the same files: a repack or
     * deletion of either removes its own names only. Loose objects go first: one a concurrent repack packs and
     * deletes meanwhile is in a pack written before, which is listed after. Packs a repack replaced are left out.
     */
    @Override
    public boolean share(long fromKey, long toKey) {
        Optional<Repository> from = open(fromKey);
        if (from.isEmpty()) {
            return false;
        }
        FileRepository to = (FileRepository) create(toKey);
        Path source = ((FileRepository) from.get()).getObjectsDirectory().toPath();
        Path target = to.getObjectsDirectory().toPath();
        try {
            for (int folder = 0; folder < 256; folder++) {
                String name = String.format(Locale.ROOT, "%02x", folder);
                File[] objects = source.resolve(name).toFile().listFiles();
                if (objects == null || objects.length == 0) {
                    continue;
                }
                Files.createDirectories(target.resolve(name));
                for (File object : objects) {
                    if (LOOSE_OBJECT.matcher(object.getName()).matches()) {
                        link(object.toPath(), target.resolve(name).resolve(object.getName()));
                    }
                }
            }
            File[] packFiles = source.resolve("pack").toFile().listFiles();
            if (packFiles != null) {
                Files.createDirectories(target.resolve("pack"));
                List<File> packs = new ArrayList<>();
                for (File file : packFiles) {
                    if (!PACK_FILE.matcher(file.getName()).matches()) {
                        continue;
                    }
                    if (file.getName().endsWith(".pack")) {
                        if (!replaced.containsKey(file.getAbsoluteFile())) {
                            packs.add(file);
                        }
                    } else {
                        link(file.toPath(), target.resolve("pack").resolve(file.getName()));
                    }
                }
                for (File pack : packs) {
                    link(pack.toPath(), target.resolve("pack").resolve(pack.getName()));
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            // another file system, or links not allowed: the caller copies the objects
            log.debug("Cannot share the objects of space {} with {}", fromKey, toKey, e);
            return false;
        }
    }

    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            // the same object is there already, or a repack removed the file and its objects are in a pack
        }
    }

    /** Read from the folder's names ({@link #directory}): {@code 12.git}, {@code body-3.git}, {@code course-5.git}. */
    @Override
    public List<Long> keys() {
        File[] folders = root.toFile().listFiles();
        List<Long> keys = new ArrayList<>();
        if (folders == null) {
            return keys;
        }
        for (File folder : folders) {
            Matcher name = REPOSITORY.matcher(folder.getName());
            if (name.matches() && new File(folder, Constants.OBJECTS).isDirectory()) {
                long id = Long.parseLong(name.group(2));
                keys.add(name.group(1) == null ? id : name.group(1).equals("body-") ? -id : CourseSpace.keyOf(id));
            }
        }
        keys.sort(null);
        return keys;
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

    /**
     * JGit's {@code GC.repack()}: everything reachable (refs and reflogs) into one pack with deltas and a
     * bitmap, loose objects that are now packed deleted; safe while saves, pushes and clones go on (tested
     * with all three running against back-to-back repacks):
     * <ul>
     * <li>Old packs whose every object is in the new pack are deleted once {@code repack-grace} has passed
     * ({@link #dropReplacedPacks}, called by the next repack and by {@link SpaceRepacker} after the grace): a
     * clone that listed the packs just before the repack opens a pack's index only when it first needs it,
     * and finding it gone it would fail. With JGit's default they would stay an hour, and a burst of saves
     * repacked several times within the hour would keep every copy. Other old packs (holding objects no ref reaches: a refused push) are left
     * to JGit for a day; then it writes those objects back as loose objects and deletes the pack. Packs
     * marked {@code .keep} (a push being received) are never touched, so nothing a concurrent save or push
     * needs goes away.</li>
     * <li>Not {@code GC.gc()}: its first step packs refs, which briefly locks each loose ref, and a push
     * moving main at that moment fails (a space has few refs, main and proposal branches, so loose refs cost
     * nothing).</li>
     * <li>Tried again (after a short random wait) when it fails at the start: JGit reads every reflog first,
     * and a save appending to one at that instant makes the read fail.</li>
     * <li>Not JGit's {@code GC.prune()}: it deletes fan-out folders ({@code objects/ab}) it finds empty, and a
     * save writing its first object into that folder at that moment fails. {@link #pruneUnreachable} instead
     * deletes only files.</li>
     * </ul>
     * One thread: this is background work and leaves the other cores to requests.
     */
    @Override
    public void repack(long communityId) {
        Optional<Repository> repository = open(communityId);
        if (repository.isEmpty()) {
            return;
        }
        FileRepository files = (FileRepository) repository.get();
        PackConfig pack = new PackConfig(files);
        pack.setThreads(1);
        for (int attempt = 1; ; attempt++) {
            GC gc = new GC(files);
            gc.setPackConfig(pack);
            // the file system's time, not the application's clock: JGit compares it with the packs' modification times
            gc.setPackExpire(Instant.now().minus(OLD_PACKS_LEFT_TO_JGIT));
            try {
                noteReplaced(files, gc.repack());
                dropReplacedPacks(communityId);
                pruneUnreachable(files);
                return;
            } catch (CancelledException e) {
                throw new UncheckedIOException("Repacking space " + communityId + " was interrupted", e);
            } catch (IOException e) {
                // JGit reads every reflog first and fails when a save appends to one at that instant: try again
                if (attempt == REPACK_ATTEMPTS) {
                    throw new UncheckedIOException("Cannot repack the repository of space " + communityId, e);
                }
                log.debug("Repacking space {} failed (attempt {}); trying again", communityId, attempt, e);
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(50, 250));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException("Repacking space " + communityId + " was interrupted", e);
                }
            }
        }
    }

    /** Notes every old pack whose objects are all in the packs just written, to be deleted after the grace. */
    private void noteReplaced(FileRepository repository, Collection<Pack> written) throws IOException {
        Set<String> fresh = new HashSet<>();
        written.forEach(pack -> fresh.add(pack.getPackName()));
        long now = System.nanoTime();
        for (Pack old : repository.getObjectDatabase().getPacks()) {
            if (!fresh.contains(old.getPackName()) && !old.shouldBeKept() && containedIn(old, written)) {
                replaced.putIfAbsent(old.getPackFile().create(PackExt.PACK).getAbsoluteFile(), now);
            }
        }
    }

    /**
     * Deletes the files of the packs replaced at least the grace ago. The packs are not closed first, as
     * JGit's own deletion does: readers that have a pack's index in memory keep finding objects there and read
     * them from the new pack when the old file is gone (JGit notes that at debug level), where closing drops
     * the index and each concurrent lookup logs a warning with a stack trace. The {@code .pack} goes first:
     * without it, the other files of the pack are ignored.
     */
    @Override
    public void dropReplacedPacks(long communityId) {
        File packs = new File(directory(communityId), "objects/pack").getAbsoluteFile();
        long now = System.nanoTime();
        for (Map.Entry<File, Long> entry : replaced.entrySet()) {
            File pack = entry.getKey();
            if (!packs.equals(pack.getParentFile()) || now - entry.getValue() < replacedPackGrace.toNanos()) {
                continue;
            }
            replaced.remove(pack);
            if (!pack.delete() && pack.exists()) {
                continue;
            }
            PackFile file = new PackFile(pack);
            for (PackExt extension : PackExt.values()) {
                if (extension != PackExt.PACK) {
                    try {
                        FileUtils.delete(file.create(extension), FileUtils.SKIP_MISSING | FileUtils.IGNORE_ERRORS);
                    } catch (IOException e) {
                        log.debug("Could not delete {} of a replaced pack", extension, e);
                    }
                }
            }
        }
    }

    private static boolean containedIn(Pack old, Collection<Pack> written) throws IOException {
        for (PackIndex.MutableEntry entry : old) {
            ObjectId id = entry.toObjectId();
            boolean found = false;
            for (Pack pack : written) {
                if (pack.hasObject(id)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * After a repack everything reachable is packed, so a loose object left over is unreachable (a save
     * that was retried or rolled back, a refused push) or newer than the repack. Those older than
     * {@link #PRUNE_AFTER} (Git's default {@code gc.pruneExpire}) are deleted; folders are left alone.
     */
    private static void pruneUnreachable(FileRepository repository) {
        long before = System.currentTimeMillis() - PRUNE_AFTER.toMillis();
        File[] folders = repository
                .getObjectsDirectory()
                .listFiles(folder -> folder.getName().length() == 2 && folder.isDirectory());
        for (File folder : folders == null ? new File[0] : folders) {
            File[] objects =
                    folder.listFiles(object -> object.getName().length() == Constants.OBJECT_ID_STRING_LENGTH - 2
                            && object.lastModified() < before);
            for (File object : objects == null ? new File[0] : objects) {
                if (!object.delete()) {
                    log.debug("Could not delete the unreachable object {}", object);
                }
            }
        }
    }

    /**
     * Loose objects are counted in 16 of the 256 fan-out folders (00, 10, … f0) and multiplied, as Git's
     * own auto-gc estimates them: cheap enough to ask after every save, close enough to decide on.
     */
    @Override
    public Optional<Storage> storage(long communityId) {
        Optional<Repository> repository = open(communityId);
        if (repository.isEmpty()) {
            return Optional.empty();
        }
        FileRepository files = (FileRepository) repository.get();
        long sampled = 0;
        for (int folder = 0; folder < 256; folder += LOOSE_SAMPLE_STEP) {
            File[] objects =
                    new File(files.getObjectsDirectory(), String.format(Locale.ROOT, "%02x", folder)).listFiles();
            if (objects != null) {
                for (File object : objects) {
                    sampled += object.length();
                }
            }
        }
        int packs = 0;
        long packed = 0;
        for (Pack pack : files.getObjectDatabase().getPacks()) {
            packs++;
            packed += pack.getPackFile().length();
        }
        return Optional.of(new Storage(sampled * LOOSE_SAMPLE_STEP, packs, packed));
    }

    @Override
    public void destroy() {
        open.values().forEach(Repository::close);
        open.clear();
    }

    /**
     * A community's space is {@code {communityId}.git}; a body's space (a negative key, {@code content.BodySpace}) is
     * {@code body-{bodyId}.git} beside it, a course's ({@code content.CourseSpace}) {@code course-{courseId}.git}.
     */
    private File directory(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("No space has the key 0");
        }
        if (CourseSpace.isCourseSpace(key)) {
            return root.resolve("course-" + CourseSpace.courseOf(key) + ".git").toFile();
        }
        return root.resolve(key > 0 ? key + ".git" : "body-" + -key + ".git").toFile();
    }

    /** main is the branch people see; reflogs record every move of it, which helps after an accident. */
    private static void configure(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_LOGALLREFUPDATES, true);
        config.setBoolean(ConfigConstants.CONFIG_RECEIVE_SECTION, null, "denyNonFastForwards", true);
        config.save();
        repository.updateRef(Constants.HEAD).link(SpaceBranches.MAIN);
    }

    /**
     * An empty {@code packed-refs} file, so that finding main costs a look at two files' times. Without the
     * file (refs are never packed here, see {@link #repack}) JGit treats its list of packed refs as always stale
     * and tries to read the file on every look-up of a ref, every page view included (5 % of a remembered view);
     * with it, JGit re-reads the file only when its time or size changed, and a ref moved by anyone (a save, a
     * push, a merge, another process or server on the same files) is still seen at once through the loose ref's
     * own file. Git and JGit read an empty file as no packed refs. Made on every open, so spaces created before
     * get it too; never overwritten, since a client's atomic push may have packed refs into it.
     */
    private static void packedRefsFile(Repository repository) throws IOException {
        try {
            Files.createFile(repository.getDirectory().toPath().resolve(Constants.PACKED_REFS));
        } catch (FileAlreadyExistsException e) {
            // already made, or written by JGit or Git with refs in it: either is what a look-up needs
        }
    }

    /**
     * JGit runs a full gc after a push when it counts many loose objects or packs (receive.autogc), on a
     * thread of its own and with packing of refs; {@link SpaceRepacker} does that work instead. Set on every
     * open, so repositories created before this setting get it too.
     */
    private static void noAutomaticGc(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        if (config.getBoolean(ConfigConstants.CONFIG_RECEIVE_SECTION, ConfigConstants.CONFIG_KEY_AUTOGC, true)) {
            config.setBoolean(ConfigConstants.CONFIG_RECEIVE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOGC, false);
            config.save();
        }
    }
}
