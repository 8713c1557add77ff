package fr.heurecivique.web.staff.imports;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did, or in a dry run would do, for the report page (kept in the session for one redirect: only the
 * counts and the lines that were not created, at most {@link #MAX_LISTED}).
 *
 * @param lineCount      data lines read
 * @param created        lines created (in a dry run: to be created)
 * @param alreadyPresent lines whose email address or INSEE code is already there: left as they are
 * @param invalid        lines refused, with their problems
 * @param problems       what stopped the whole file
 * @param lines          the lines not created, by line number
 */
record ImportReport(ImportKind kind, boolean dryRun, String fileName, String encoding, String delimiter,
        int lineCount, int created, int alreadyPresent, int invalid, List<String> problems, List<String> ignored,
        List<ReportLine> lines, boolean truncated, long millis) implements Serializable {

    static final int MAX_LISTED = 1000;

    /** @param outcome "déjà présent" or "erreur" */
    record ReportLine(int line, String key, String outcome, List<String> problems) implements Serializable {
    }

    public boolean rejected() {
        return !problems.isEmpty();
    }

    public String kindLabel() {
        return kind.label();
    }

    public String createdLabel() {
        return dryRun ? "à créer" : "créés";
    }

    public String seconds() {
        return String.format(java.util.Locale.FRANCE, "%.1f", millis / 1000.0);
    }
}
