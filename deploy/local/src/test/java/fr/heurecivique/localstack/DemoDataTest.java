package fr.heurecivique.localstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo set reads well without a platform; that the platform accepts it is the system test's job. */
class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-10-01");

    @Test
    void resolvesKeptIdsAndRelativeDates() {
        Map<String, String> ids = new HashMap<>(Map.of("jeanne", "b-1"));
        DemoData.Request request = DemoData.parse("@visit POST /api/communes/17299/needs "
                + "{\"beneficiaryId\":\"{{jeanne}}\",\"when\":{\"date\":\"{{date:+7}}\",\"endDate\":\"{{date:-2}}\"}}",
                ids, TODAY);

        assertThat(request.name()).isEqualTo("visit");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/communes/17299/needs");
        assertThat(request.body()).isEqualTo("{\"beneficiaryId\":\"b-1\",\"when\":{\"date\":\"2026-10-08\","
                + "\"endDate\":\"2026-09-29\"}}");
    }

    @Test
    void refusesAnIdUsedBeforeItIsKept() {
        assertThatThrownBy(() -> DemoData.parse("POST /api/needs {\"beneficiaryId\":\"{{nobody}}\"}", Map.of(), TODAY))
                .isInstanceOf(LaunchException.class).hasMessageContaining("{{nobody}}");
    }

    @Test
    void theSetStartsWithASignUpAndKeepsEveryIdBeforeUsingIt() throws IOException {
        List<String> lines = DemoData.lines();
        assertThat(lines.get(0)).startsWith("POST /api/volunteers ");
        Map<String, String> ids = new HashMap<>();
        for (String line : lines) {
            DemoData.Request request = DemoData.parse(line, ids, TODAY);
            assertThat(Set.of("POST", "PATCH", "DELETE")).contains(request.method());
            assertThat(request.path()).startsWith("/api/");
            assertThat(request.body()).startsWith("{").endsWith("}");
            if (request.name() != null) {
                assertThat(ids.put(request.name(), "id-of-" + request.name())).as("@" + request.name() + " kept once")
                        .isNull();
            }
        }
        assertThat(ids).containsKeys("rochefortReferent", "jeanne", "banque", "royanReferent");
    }
}
