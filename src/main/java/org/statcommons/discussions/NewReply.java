package org.statcommons.discussions;

/** A reply, as the form or the API gives it: its Markdown text and the post of the same discussion it quotes, if any. */
record NewReply(String body, Long quotes) {}
