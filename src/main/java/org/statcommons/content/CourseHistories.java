package org.statcommons.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.internal.storage.pack.PackWriter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.springframework.stereotype.Service;
import org.statcommons.content.space.SpaceBranches;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.WeightedCache;

/**
 * The history shared by a course and its forks ({@link CourseSpace}): a fork is a Git copy of its origin with every
 * commit, so the two repositories speak of the same commits by the same ids. This copies history from one course's
 * repository into another's (a fork's start, the original's new commits brought in for a proposal) and compares two
 * courses' mains without copying anything: each walks its own history and stops where the other's begins.
 * Objects go through the storage interface ({@link SpaceRepositories}), so whatever keeps the repositories keeps these.
 */
@Service
public class CourseHistories {

    /** How two courses' mains stand: commits of the other's main this one lacks, and commits of its own the other lacks. */
    public record Divergence(int behind, int ahead, String base) {}

    private final SpaceRepositories repositories;
    /**
     * Comparisons by the two mains' commits. A commit's id names its whole history, so the answer holds for any two
     * repositories whose mains are these commits: a course's forks still at the commit they forked share it.
     */
    private final WeightedCache<String, Divergence> compared = new WeightedCache<>(20_000, (key, value) -> 1);

    /**
     * The commits reachable from a commit, by its id (the same in every repository that holds it), weighed by their
     * number: some 100 bytes each, so about 25 MB at most. A new commit's history is its parents' known ones plus
     * itself, not a walk of the whole history again.
     */
    private final WeightedCache<ObjectId, Set<ObjectId>> reachable =
            new WeightedCache<>(250_000, (key, value) -> value.size());

    private final Map<Long, Counted> counted = new ConcurrentHashMap<>();

    /** The last count of a course's commits since a commit, with what it was counted between. */
    private record Counted(String key, Since since) {}

    CourseHistories(SpaceRepositories repositories) {
        this.repositories = repositories;
    }

    /**
     * Starts {@code toCourse}'s repository as a copy of {@code fromCourse}'s main with its whole history: the origin's
     * objects shared where the storage allows ({@link SpaceRepositories#share}), else every object reachable from
     * main copied once; main set to the same commit. Refused if the new course has a main
     * already. Returns the commit forked from.
     */
    public String fork(long fromCourse, long toCourse) {
        return fork(fromCourse, toCourse, null);
    }

    /**
     * The same from one commit of {@code fromCourse}'s main ({@code commit}; main itself when null): a fork of a
     * release starts at the release's commit. Returns the commit forked from.
     */
    public String fork(long fromCourse, long toCourse, String commit) {
        Repository from = open(fromCourse);
        Repository to = repositories.create(CourseSpace.keyOf(toCourse));
        try {
            ObjectId head = commit == null ? main(from) : onMain(from, commit);
            // shared where the storage allows (a whole history in no time); copied otherwise, or what is missing
            repositories.share(CourseSpace.keyOf(fromCourse), CourseSpace.keyOf(toCourse));
            copy(from, to, head);
            RefUpdate update = to.updateRef(SpaceBranches.MAIN);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            update.setNewObjectId(head);
            update.setRefLogMessage("statcommons: forked from course " + fromCourse, false);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW) {
                throw new ConflictException(Text.of("content.course.fork-exists", result.name()));
            }
            return head.name();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot fork course " + fromCourse + " into " + toCourse, e);
        }
    }

    /**
     * Brings {@code fromCourse}'s main (and the history under it) into {@code intoCourse}'s repository, without
     * moving any ref there: the commit can then be merged or proposed in {@code intoCourse}. Returns the commit.
     */
    public String bring(long fromCourse, long intoCourse) {
        Repository from = open(fromCourse);
        Repository into = open(intoCourse);
        try {
            ObjectId head = main(from);
            copy(from, into, head);
            return head.name();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bring course " + fromCourse + " into " + intoCourse, e);
        }
    }

    /**
     * How {@code course}'s main stands against {@code other}'s: how many commits of the other's main it lacks
     * ({@code behind}), how many of its own the other lacks ({@code ahead}), and the newest commit of the other's main
     * that it holds ({@code base}: where it forked or last merged the other's changes; null when they share none).
     * Every page of a fork shows this: the answer is kept by the two mains' commits (two ref lookups otherwise).
     */
    public Divergence compare(long course, long other) {
        Repository mine = open(course);
        Repository theirs = open(other);
        try {
            ObjectId myHead = main(mine);
            ObjectId theirHead = main(theirs);
            String pair = myHead.name() + ":" + theirHead.name();
            Divergence known = compared.get(pair);
            if (known != null) {
                return known;
            }
            Set<ObjectId> myCommits = reachable(mine, myHead);
            Set<ObjectId> theirCommits = reachable(theirs, theirHead);
            int behind = 0;
            for (ObjectId commit : theirCommits) {
                if (!myCommits.contains(commit)) {
                    behind++;
                }
            }
            int ahead = 0;
            for (ObjectId commit : myCommits) {
                if (!theirCommits.contains(commit)) {
                    ahead++;
                }
            }
            Divergence divergence = new Divergence(behind, ahead, newestShared(theirs, theirHead, myCommits));
            compared.put(pair, divergence);
            return divergence;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files that differ between commit {@code since} and main in the course's repository, by path. */
    public List<String> changedSince(long course, String since) {
        Repository repository = open(course);
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit head = walk.parseCommit(main(repository));
            RevCommit base = walk.parseCommit(ObjectId.fromString(since));
            List<String> paths = new ArrayList<>();
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.setRecursive(true);
                tree.setFilter(TreeFilter.ANY_DIFF);
                tree.addTree(base.getTree());
                tree.addTree(head.getTree());
                while (tree.next()) {
                    paths.add(tree.getPathString());
                }
            }
            return paths;
        } catch (IOException | IllegalArgumentException e) {
            throw new NotFoundException(Text.of("content.course.no-commit", since));
        }
    }

    /**
     * Tags a commit of the course's main as {@code refs/tags/{name}}, so that a clone shows the release. A tag is
     * never moved: refused when it exists already and names another commit (the same commit is a repeat, fine).
     */
    public void tag(long course, String name, String commit) {
        Repository repository = open(course);
        try {
            ObjectId target = onMain(repository, commit);
            RefUpdate update = repository.updateRef(Constants.R_TAGS + name);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            update.setNewObjectId(target);
            update.setRefLogMessage("statcommons: release " + name, false);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW && !target.equals(update.getOldObjectId())) {
                throw new ConflictException(Text.of("content.course.tag-exists", name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tag course " + course, e);
        }
    }

    /** The commits on the course's main since {@code since} (all of them when null), newest first, at most {@code limit}. */
    public record Since(int count, List<String> subjects) {}

    /**
     * How many commits the course's main has that {@code since} lacks, and the subjects of the newest {@code limit}
     * of them (a release's changelog starts as this list). What a commit reaches never changes, so the answer is kept
     * per course for the two commits it was counted between.
     */
    public Since since(long course, String since, int limit) {
        Repository repository = open(course);
        try {
            ObjectId head = main(repository);
            String key = course + ":" + head.name() + ":" + since + ":" + limit;
            Counted known = counted.get(course);
            if (known != null && known.key().equals(key)) {
                return known.since();
            }
            List<String> subjects = new ArrayList<>();
            int count = 0;
            try (RevWalk walk = new RevWalk(repository)) {
                walk.setRetainBody(true);
                walk.markStart(walk.parseCommit(head));
                if (since != null) {
                    walk.markUninteresting(walk.parseCommit(onMain(repository, since)));
                }
                for (RevCommit commit : walk) {
                    if (count < limit) {
                        subjects.add(commit.getShortMessage());
                    }
                    count++;
                }
            }
            Since answer = new Since(count, List.copyOf(subjects));
            counted.put(course, new Counted(key, answer));
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code ancestor} is {@code commit} or in its history, in the course's repository. */
    public boolean reaches(long course, String commit, String ancestor) {
        Repository repository = open(course);
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(
                    walk.parseCommit(ObjectId.fromString(ancestor)), walk.parseCommit(ObjectId.fromString(commit)));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private Repository open(long course) {
        return repositories
                .open(CourseSpace.keyOf(course))
                .orElseThrow(() -> new NotFoundException(Text.of("content.no-pages-yet")));
    }

    private static ObjectId main(Repository repository) throws IOException {
        Ref ref = repository.exactRef(SpaceBranches.MAIN);
        if (ref == null) {
            throw new NotFoundException(Text.of("content.no-pages-yet"));
        }
        return ref.getObjectId();
    }

    /** A commit of main's history, or "not found": a release or a fork names only what main holds or held. */
    private static ObjectId onMain(Repository repository, String commit) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit wanted = walk.parseCommit(ObjectId.fromString(commit));
            if (walk.isMergedInto(wanted, walk.parseCommit(main(repository)))) {
                return wanted.copy();
            }
        } catch (IllegalArgumentException | org.eclipse.jgit.errors.MissingObjectException e) {
            // told below
        }
        throw new NotFoundException(Text.of("content.course.no-commit", commit));
    }

    /**
     * Every commit reachable from {@code head}: walked back until the commits whose histories are known already
     * ({@link #reachable}), whose sets are added whole. Never changed once made (callers only read it).
     */
    private Set<ObjectId> reachable(Repository repository, ObjectId head) throws IOException {
        Set<ObjectId> known = reachable.get(head);
        if (known != null) {
            return known;
        }
        Set<ObjectId> commits = new HashSet<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRetainBody(false);
            Deque<RevCommit> next = new ArrayDeque<>();
            next.add(walk.parseCommit(head));
            while (!next.isEmpty()) {
                RevCommit commit = next.poll();
                if (commits.contains(commit)) {
                    continue;
                }
                Set<ObjectId> history = commit.equals(head) ? null : reachable.get(commit);
                if (history != null) {
                    commits.addAll(history);
                    continue;
                }
                commits.add(commit.copy());
                for (RevCommit parent : commit.getParents()) {
                    next.add(walk.parseCommit(parent));
                }
            }
        }
        Set<ObjectId> made = Collections.unmodifiableSet(commits);
        reachable.put(head.copy(), made);
        return made;
    }

    private static String newestShared(Repository repository, ObjectId head, Set<ObjectId> shared) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            // newest first as the walk goes (no topological sort, which reads the whole history before the first)
            walk.setRetainBody(false);
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                if (shared.contains(commit)) {
                    return commit.name();
                }
            }
            return null;
        }
    }

    /**
     * Copies every object reachable from {@code head} that {@code to} lacks, as one pack: written from {@code from}
     * (its deltas and compression reused, no new delta search on a request's thread) into a temporary file, and
     * received by {@code to} as a push is, whatever keeps the repository. Object by object a course of some thousand
     * objects was as many loose files, each inflated into memory and compressed again. What {@code to}'s refs reach
     * is left out: a repository holds whole histories.
     */
    private static void copy(Repository from, Repository to, ObjectId head) throws IOException {
        if (to.getObjectDatabase().has(head)) {
            return;
        }
        Set<ObjectId> have = new HashSet<>();
        for (Ref ref : to.getRefDatabase().getRefs()) {
            ObjectId id = ref.getObjectId();
            if (id != null && from.getObjectDatabase().has(id)) {
                have.add(id);
            }
        }
        PackConfig config = new PackConfig(from);
        config.setDeltaCompress(false);
        config.setThreads(1);
        Path pack = Files.createTempFile("statcommons-course-", ".pack");
        try {
            try (ObjectReader reader = from.newObjectReader();
                    PackWriter writer = new PackWriter(config, reader);
                    OutputStream out = Files.newOutputStream(pack)) {
                writer.preparePack(NullProgressMonitor.INSTANCE, Set.of(head), have);
                writer.writePack(NullProgressMonitor.INSTANCE, NullProgressMonitor.INSTANCE, out);
            }
            try (InputStream in = Files.newInputStream(pack);
                    ObjectInserter inserter = to.newObjectInserter()) {
                inserter.newPackParser(in).parse(NullProgressMonitor.INSTANCE);
                inserter.flush();
            }
        } finally {
            Files.deleteIfExists(pack);
        }
    }
}
