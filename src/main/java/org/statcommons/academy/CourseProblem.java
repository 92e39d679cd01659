package org.statcommons.academy;

import org.statcommons.platform.Text;

/**
 * Something in a course's files that cannot be used as written, named by file and line (1 for the file as a whole),
 * so that its authors can fix it in the file: shown on the course's contents page and in the API.
 */
record CourseProblem(String file, int line, Text text) {}
