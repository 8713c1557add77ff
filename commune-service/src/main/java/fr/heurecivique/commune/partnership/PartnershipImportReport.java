package fr.heurecivique.commune.partnership;

import fr.heurecivique.defaults.web.FieldProblem;

import java.util.List;

/** What an import of partner communes did (or, in a dry run, would do) with each row, in the request's order. */
record PartnershipImportReport(boolean dryRun, int created, int alreadyPresent, int invalid, List<Line> lines) {

    enum Outcome { CREATED, ALREADY_PRESENT, INVALID }

    /** @param problems for {@code INVALID}: each field's problem in French ({@code field} as in the request row) */
    record Line(int line, String inseeCode, Outcome outcome, List<FieldProblem> problems) {
    }

    static PartnershipImportReport of(boolean dryRun, List<Line> lines) {
        int created = (int) lines.stream().filter(line -> line.outcome() == Outcome.CREATED).count();
        int present = (int) lines.stream().filter(line -> line.outcome() == Outcome.ALREADY_PRESENT).count();
        return new PartnershipImportReport(dryRun, created, present, lines.size() - created - present,
                List.copyOf(lines));
    }
}
