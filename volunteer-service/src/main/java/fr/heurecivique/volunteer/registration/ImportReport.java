package fr.heurecivique.volunteer.registration;

import fr.heurecivique.defaults.web.FieldProblem;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do) with each row, in the order of the request.
 *
 * @param created        rows registered (in a dry run: that would be)
 * @param alreadyPresent rows whose email address already has a volunteer: left as they are
 * @param invalid        rows refused, with their problems
 */
record ImportReport(boolean dryRun, int created, int alreadyPresent, int invalid, List<Line> lines) {

    enum Outcome { CREATED, ALREADY_PRESENT, INVALID }

    /**
     * @param volunteerId the volunteer created, or the one already present ({@code null} otherwise and in a dry run)
     * @param problems    for {@code INVALID}: each field's problem in French ({@code field} as in the request row)
     */
    record Line(int line, Outcome outcome, String volunteerId, List<FieldProblem> problems) {
    }

    static ImportReport of(boolean dryRun, List<Line> lines) {
        int created = 0;
        int present = 0;
        int invalid = 0;
        for (Line line : lines) {
            switch (line.outcome()) {
                case CREATED -> created++;
                case ALREADY_PRESENT -> present++;
                case INVALID -> invalid++;
            }
        }
        return new ImportReport(dryRun, created, present, invalid, List.copyOf(lines));
    }
}
