package org.statcommons.progressreports;

import org.statcommons.platform.i18n.Language;

/** A report to generate: its period and the language it is written in ({@link ProgressReportForm#command}). */
record NewProgressReport(ReportPeriod period, Language language) {}
