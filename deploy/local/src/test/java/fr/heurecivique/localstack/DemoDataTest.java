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
        DemoData.Request first = DemoData.parse(lines.get(0), Map.of(), TODAY);
        assertThat(first.method() + " " + first.path()).isEqualTo("POST /api/volunteers");
        assertThat(first.as()).isNull();
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
        assertThat(ids).containsKeys("rochefortReferent", "jeanne", "banque", "royanReferent", "claire", "monique",
                "theo", "karim", "visio", "coursesMonique");
    }

    @Test
    void resolvesInstantsAndParisTimesAndReadsRetries() {
        java.time.Instant now = java.time.Instant.parse("2026-10-01T08:00:00Z");
        DemoData.Request request = DemoData.parse("as:coordinator@demo.example.fr retry: POST /api/sessions "
                + "{\"startsAt\":\"{{instant:+8s}}\",\"next\":\"{{datetime:+7@18:00}}\",\"winter\":\"{{datetime:+30@18:00}}\"}",
                Map.of(), TODAY, now);

        assertThat(request.as()).isEqualTo("coordinator@demo.example.fr");
        assertThat(request.retry()).isTrue();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.body()).isEqualTo("{\"startsAt\":\"2026-10-01T08:00:08Z\","
                + "\"next\":\"2026-10-08T16:00:00Z\",\"winter\":\"2026-10-31T17:00:00Z\"}");
        assertThat(DemoData.parse("POST /api/volunteers {}", Map.of(), TODAY).retry()).isFalse();
    }

    @Test
    void keepsTheIdOfWhatWasCreatedOrOfAMatch() {
        assertThat(DemoData.idOf("{\"id\": \"v-1\", \"status\": \"REGISTERED\"}")).isEqualTo("v-1");
        assertThat(DemoData.idOf("{\"needId\": \"n-1\", \"matchId\": \"m-1\"}")).isEqualTo("m-1");
        assertThat(DemoData.idOf("{\"status\": \"ok\"}")).isNull();
    }
}
