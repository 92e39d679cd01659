package org.statcommons.progressreports;

import org.statcommons.community.Community;
import org.statcommons.platform.i18n.Language;

/**
 * What a {@link ReportSection} is asked for: the community, the period, and the language the report is written in
 * (a section that writes words of its own, not bundle texts, writes them in it; numbers and dates are formatted by
 * the report, see {@link ReportCell}).
 */
public record ReportRequest(Community community, ReportPeriod period, Language language) {}
