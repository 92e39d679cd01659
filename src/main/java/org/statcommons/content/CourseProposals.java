package org.statcommons.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposals on courses, made of the spaces' proposal machinery (branches {@code proposals/<id>} beside main, their
 * records and events, the three-way merge into main): the academy opens one with another course's main (the
 * original's changes brought into a fork, a fork's changes offered back to its original), lists them, shows what
 * they change and where they conflict, resolves conflicts in the browser and merges or closes them. Who may do which
 * is the academy's to ask of the policy before it calls: a course's proposals are reviewed by its maintainers.
 */
public interface CourseProposals {

    /** The most conflicting files one resolution takes. */
    int MAX_CONFLICTS = 100;

    /**
     * Opens a proposal in {@code courseId} holding {@code fromCourseId}'s main as it is now (its history copied in);
     * empty when {@code courseId}'s main has all of it already. An open proposal holding exactly that commit is
     * returned instead of a second one.
     */
    Optional<CourseProposal> open(
            long courseId, long fromCourseId, String title, String description, long accountId, String personName);

    /** The course's proposals, newest activity first. */
    List<CourseProposal> list(long courseId);

    /** The course's proposal of this number, or "not found". */
    CourseProposal get(long courseId, long id);

    /** The files the proposal changes against where it left main. */
    List<CourseProposal.File> files(long courseId, long id);

    /** The files that conflict when the proposal is merged into main now; empty when it merges cleanly. */
    List<CourseProposal.Conflict> conflicts(long courseId, long id);

    /**
     * Resolves the conflicts with main in the proposal: {@code resolved} gives the text kept for every conflicting
     * file, and a merge of main into the proposal's branch with those texts is committed there, so that the proposal
     * then merges cleanly. Refused when a conflicting file is missing or still marked.
     */
    void resolve(long courseId, long id, Map<String, String> resolved, Author author, long accountId);

    /** Merges the proposal into main (a merge commit), or returns the conflict and changes nothing. */
    SaveResult merge(long courseId, long id, Author merger, long accountId);

    /** Closes the proposal without merging it. */
    void close(long courseId, long id, long accountId, String personName);
}
