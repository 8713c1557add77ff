package fr.heurecivique.web.staff.imports;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an import, dry or not: reads the file ({@link CsvTable}, {@link ImportFile}), sends the lines web found no
 * problem with to their service in batches ({@link ImportApi}), and gathers one report of every line in the file's
 * order, the services' problems named by the file's French headers.
 */
@Service
class Importer {

    private final ImportApi api;

    Importer(ImportApi api) {
        this.api = api;
    }

    ImportReport run(ImportKind kind, String fileName, byte[] content, boolean dryRun, boolean consented,
            String recordedBy) {
        long started = System.nanoTime();
        CsvTable table;
        try {
            table = CsvTable.parse(content);
        } catch (CsvTable.NotATable e) {
            return new ImportReport(kind, dryRun, fileName, "?", "?", 0, 0, 0, 0, List.of(e.getMessage()), List.of(),
                    List.of(), false, millisSince(started));
        }
        ImportFile file = ImportFile.read(kind, table);
        String encoding = table.charset().name().equals("UTF-8") ? "UTF-8" : "Windows-1252";
        String delimiter = table.delimiter() == ';' ? "point-virgule" : "virgule";
        if (!file.problems().isEmpty()) {
            return new ImportReport(kind, dryRun, fileName, encoding, delimiter, table.rows().size(), 0, 0, 0,
                    file.problems(), file.ignored(), List.of(), false, millisSince(started));
        }
        Map<Integer, ImportFile.Line> byLine = new HashMap<>();
        List<ImportReport.ReportLine> notCreated = new ArrayList<>();
        List<Map<String, Object>> batch = new ArrayList<>(ImportApi.BATCH);
        int[] counts = new int[3]; // created, already present, invalid
        for (ImportFile.Line line : file.lines()) {
            if (!line.valid()) {
                counts[2]++;
                notCreated.add(new ImportReport.ReportLine(line.line(), line.key(), "erreur", line.problems()));
                continue;
            }
            byLine.put(line.line(), line);
            batch.add(line.values());
            if (batch.size() == ImportApi.BATCH) {
                send(kind, dryRun, consented, recordedBy, batch, byLine, notCreated, counts);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            send(kind, dryRun, consented, recordedBy, batch, byLine, notCreated, counts);
        }
        notCreated.sort(Comparator.comparingInt(ImportReport.ReportLine::line));
        boolean truncated = notCreated.size() > ImportReport.MAX_LISTED;
        return new ImportReport(kind, dryRun, fileName, encoding, delimiter, file.lines().size(), counts[0],
                counts[1], counts[2], List.of(), file.ignored(),
                List.copyOf(truncated ? notCreated.subList(0, ImportReport.MAX_LISTED) : notCreated), truncated,
                millisSince(started));
    }

    private void send(ImportKind kind, boolean dryRun, boolean consented, String recordedBy,
            List<Map<String, Object>> batch, Map<Integer, ImportFile.Line> byLine,
            List<ImportReport.ReportLine> notCreated, int[] counts) {
        JsonNode report = api.send(kind, dryRun, consented, recordedBy, List.copyOf(batch));
        for (JsonNode result : report.path("lines")) {
            int number = result.path("line").asInt();
            ImportFile.Line line = byLine.get(number);
            String key = line == null ? null : line.key();
            switch (result.path("outcome").asString("")) {
                case "CREATED" -> counts[0]++;
                case "ALREADY_PRESENT" -> {
                    counts[1]++;
                    notCreated.add(new ImportReport.ReportLine(number, key, "déjà présent", List.of()));
                }
                default -> {
                    counts[2]++;
                    List<String> problems = new ArrayList<>();
                    for (JsonNode problem : result.path("problems")) {
                        problems.add(kind.labelOf(problem.path("field").asString("")) + " : "
                                + problem.path("message").asString(""));
                    }
                    notCreated.add(new ImportReport.ReportLine(number, key, "erreur", List.copyOf(problems)));
                }
            }
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
